import type { Metadata } from 'next';
import Link from 'next/link';
import { PhoneLink } from '@/components/phone-link';

export const metadata: Metadata = { title: 'Advice for parents and carers' };

export default function AdvicePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Advice for parents and carers</h1>
        <h2 className="govuk-heading-m">Talking with your child</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>Stay calm. Your child needs to know they are not in trouble for telling you.</li>
          <li>Thank them for telling you. Listen more than you talk.</li>
          <li>Do not promise to keep it secret. Say you will get help from people who know what to do.</li>
          <li>Do not take their phone away as a punishment: it can stop them telling you next time.</li>
          <li>
            Do not contact the person who upset them, and do not delete messages: the school or police may
            need them.
          </li>
        </ul>
        <h2 className="govuk-heading-m">Pictures and videos</h2>
        <p className="govuk-body">
          Never screenshot, save, send or show anyone a sexual picture of a child, even to prove what
          happened. Write down what you saw instead. A young person can use Report Remove (from Childline and
          the Internet Watch Foundation) to get a nude picture of themselves taken down.
        </p>
        <h2 className="govuk-heading-m">Settings that help</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>Use the parental controls on your broadband, phones, tablets and games consoles.</li>
          <li>Check the age rating of apps and games. Many social media apps are for 13 and over.</li>
          <li>Show your child how to block and report someone in the apps they use.</li>
          <li>Set accounts to private, and turn off location sharing.</li>
          <li>Keep devices out of bedrooms at night if you can.</li>
        </ul>
        <h2 className="govuk-heading-m">Where to get help</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            In an emergency, call <PhoneLink number="999" />.
          </li>
          <li>
            NSPCC helpline for adults worried about a child: <PhoneLink number="0808 800 5000" />.
          </li>
          <li>
            Childline, for your child to talk to someone in private: <PhoneLink number="0800 1111" />.
          </li>
          <li>CEOP, to report an adult talking to a child in a sexual way online: search “CEOP report”.</li>
        </ul>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/danger">
            Tell your child’s school about something that happened online
          </Link>
        </p>
      </div>
    </div>
  );
}
