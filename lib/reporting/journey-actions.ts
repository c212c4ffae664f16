'use server';
// The question pages' actions: each validates its page with the shared schema, merges the answers into
// the server-side draft and moves on. Nothing goes into the URL or the browser's history but the path.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { pageAfterSaving, type Answers } from './answers';
import { clientAddress } from '@/lib/security/client-address';
import { journeyToken, setJourneyCookie } from './journey-cookie';
import { otherHarmChosen, otherPlatformChosen } from './list-report-choices';
import { readDraft, startDraft, writeDraft } from './report-draft';
import { refuseFiles } from './refuse-files';
import { roomForNewDraft } from './room-for-new-draft';
import {
  aboutYouSchema,
  childSchema,
  dangerSchema,
  descriptionSchema,
  parseSchoolYear,
  platformsSchema,
  schoolChoiceSchema,
  schoolSearchSchema,
  whatHappenedSchema,
} from './schemas';

const publicActor = async () => null;

/**
 * Saves one page's answers, then goes to the next question, or back to "Check your answers" when the
 * parent is changing an answer. A page that must always come next (the 999 advice, the search results)
 * passes `always`.
 */
async function saveAndGo(patch: Answers, next: string, always = false): Promise<never> {
  const token = await journeyToken();
  const before = await readDraft(token);
  const after = (token && before && (await writeDraft(token, patch))) || (await startJourney(patch));
  redirect(always ? next : pageAfterSaving(before ?? {}, after, next));
}

/**
 * A new journey under a token the server made; whatever token the browser brought is not adopted. When
 * this address has started too many, or too many are kept at once, the parent is asked to come back soon.
 */
async function startJourney(patch: Answers): Promise<Answers> {
  if (!(await roomForNewDraft(clientAddress(await headers())))) redirect('/report/busy');
  const { token, answers } = await startDraft(patch);
  await setJourneyCookie(token);
  return answers;
}

export const saveDanger = refuseFiles(
  defineAction({
    name: 'report.danger',
    schema: dangerSchema,
    authorise: publicActor,
    run: (input) =>
      input.immediateDanger === 'yes'
        ? saveAndGo({ urgent: true }, '/report/danger-now', true)
        : saveAndGo({ urgent: false }, '/report/school'),
  }),
);

export const searchSchools = refuseFiles(
  defineAction({
    name: 'report.school.search',
    schema: schoolSearchSchema,
    authorise: publicActor,
    run: (input) => saveAndGo({ schoolQuery: input.schoolQuery }, '/report/school/results', true),
  }),
);

export const chooseSchool = refuseFiles(
  defineAction({
    name: 'report.school.choose',
    schema: schoolChoiceSchema,
    authorise: publicActor,
    run: (input) => saveAndGo({ school: input.school, schoolOther: input.schoolOther }, '/report/child'),
  }),
);

export const saveChild = refuseFiles(
  defineAction({
    name: 'report.child',
    schema: childSchema,
    authorise: publicActor,
    run: (input) =>
      saveAndGo(
        {
          childName: input.childName,
          childAge: input.childAge ? Number(input.childAge) : null,
          childYear: input.childYear ? parseSchoolYear(input.childYear) : null,
        },
        '/report/platforms',
      ),
  }),
);

export const savePlatforms = refuseFiles(
  defineAction({
    name: 'report.platforms',
    schema: platformsSchema,
    authorise: publicActor,
    run: async (input) => {
      if ((await otherPlatformChosen(input.platforms)) && !input.platformOther)
        return {
          fieldErrors: { platformOther: 'Enter the name of the app, game or website' },
          values: { platforms: input.platforms, platformOther: '' },
        };
      return saveAndGo(
        { platforms: input.platforms, platformOther: input.platformOther },
        '/report/what-happened',
      );
    },
  }),
);

export const saveWhatHappened = refuseFiles(
  defineAction({
    name: 'report.what-happened',
    schema: whatHappenedSchema,
    authorise: publicActor,
    run: async (input) => {
      const other = await otherHarmChosen(input.harms);
      if (other && !input.harmOther)
        return {
          fieldErrors: { harmOther: 'Enter what else happened' },
          values: { ...input, harmOther: '' },
        };
      return saveAndGo({ ...input, harmOther: other ? input.harmOther : '' }, '/report/images');
    },
  }),
);

export const saveDescription = refuseFiles(
  defineAction({
    name: 'report.description',
    schema: descriptionSchema,
    authorise: publicActor,
    run: (input) => saveAndGo(input, '/report/about-you'),
  }),
);

export const saveAboutYou = refuseFiles(
  defineAction({
    name: 'report.about-you',
    schema: aboutYouSchema,
    authorise: publicActor,
    run: (input) => {
      const anonymous = input.contact === 'ANONYMOUS';
      return saveAndGo(
        {
          ...input,
          relationshipOther: input.relationship === 'OTHER' ? input.relationshipOther : '',
          // Typed before choosing "stay anonymous": not kept (the schema has already dropped them).
          reporterName: anonymous ? '' : input.reporterName,
          reporterEmail: anonymous ? '' : input.reporterEmail,
          reporterPhone: anonymous ? '' : input.reporterPhone,
          reporterSafeTimes: anonymous ? '' : input.reporterSafeTimes,
        },
        '/report/check',
      );
    },
  }),
);
