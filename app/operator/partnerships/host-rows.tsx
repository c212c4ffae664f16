import { RowButton } from '@/components/forms/row-button';
import { Table } from '@/components/govuk/table';
import type { PartnershipRow } from '@/lib/partnerships/list-partnerships';
import { makePartnershipHostPrimaryAction, removePartnershipHostAction } from './actions';

/** Every partnership's web addresses, each with its buttons: use it in email links, remove it. */
export function HostRows({ partnerships }: { partnerships: PartnershipRow[] }) {
  return (
    <Table
      caption="Web addresses"
      captionClassName="govuk-visually-hidden"
      head={['Web address', 'Partnership', 'Used in email links', 'Remove']}
      rows={partnerships.flatMap((p) =>
        p.hostnames.map((hostname) => ({
          key: hostname,
          cells: [
            hostname,
            p.name,
            hostname === p.primaryHost ? (
              'Yes'
            ) : (
              <RowButton
                key="primary"
                action={makePartnershipHostPrimaryAction}
                fields={{ partnershipId: p.id, hostname }}
                label="Use in email links"
                rowName={hostname}
              />
            ),
            <RowButton
              key="remove"
              action={removePartnershipHostAction}
              fields={{ partnershipId: p.id, hostname }}
              label="Remove"
              rowName={hostname}
            />,
          ],
        })),
      )}
    />
  );
}
