'use server';
// The question pages' actions: each validates its page with the shared schema, merges the answers into
// the server-side draft and moves on. Nothing goes into the URL or the browser's history but the path.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { parentUnexpectedError } from '@/lib/i18n/parent-say';
import type { Answers } from './answers';
import { clientAddress } from '@/lib/security/client-address';
import { journeyToken, setJourneyCookie } from './journey-cookie';
import { pageAfterSavingStep } from './journey';
import { otherHarmChosen, otherPlatformChosen } from './list-report-choices';
import { readDraft, startDraft, writeDraft } from './report-draft';
import { refuseFiles } from './refuse-files';
import { roomForNewDraft } from './room-for-new-draft';
import {
  aboutYouSchema,
  accountsSchema,
  alreadyReportedSchema,
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
 * Saves the answers of the page at `path`, then goes where the journey says (journey.ts): the next page,
 * or back to "Check your answers" when the parent is changing an answer.
 */
async function saveAndGo(path: string, patch: Answers): Promise<never> {
  const token = await journeyToken();
  const before = await readDraft(token);
  const after = (token && before && (await writeDraft(token, patch))) || (await startJourney(patch));
  redirect(pageAfterSavingStep(path, before ?? {}, after));
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
    unexpectedError: parentUnexpectedError,
    run: (input) => saveAndGo('/report/danger', { urgent: input.immediateDanger === 'yes' }),
  }),
);

export const searchSchools = refuseFiles(
  defineAction({
    name: 'report.school.search',
    schema: schoolSearchSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) => saveAndGo('/report/school', { schoolQuery: input.schoolQuery }),
  }),
);

export const chooseSchool = refuseFiles(
  defineAction({
    name: 'report.school.choose',
    schema: schoolChoiceSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) =>
      saveAndGo('/report/school/results', { school: input.school, schoolOther: input.schoolOther }),
  }),
);

export const saveChild = refuseFiles(
  defineAction({
    name: 'report.child',
    schema: childSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) =>
      saveAndGo('/report/child', {
        childName: input.childName,
        childAge: input.childAge ? Number(input.childAge) : null,
        childYear: input.childYear ? parseSchoolYear(input.childYear) : null,
      }),
  }),
);

export const savePlatforms = refuseFiles(
  defineAction({
    name: 'report.platforms',
    schema: platformsSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: async (input) => {
      if ((await otherPlatformChosen(input.platforms)) && !input.platformOther)
        return {
          fieldErrors: { platformOther: 'Enter the name of the app, game or website' },
          values: { platforms: input.platforms, platformOther: '' },
        };
      return saveAndGo('/report/platforms', {
        platforms: input.platforms,
        platformOther: input.platformOther,
      });
    },
  }),
);

export const saveAccounts = refuseFiles(
  defineAction({
    name: 'report.accounts',
    schema: accountsSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) => {
      // Kept by platform id; only the platforms chosen are shown, checked and sent (submit-concern.ts).
      const accounts = Object.fromEntries(
        Object.entries(input)
          .filter(([, typed]) => typed)
          .map(([field, typed]) => [field.slice('account-'.length), typed]),
      );
      return saveAndGo('/report/accounts', { accounts });
    },
  }),
);

export const saveAlreadyReported = refuseFiles(
  defineAction({
    name: 'report.already-reported',
    schema: alreadyReportedSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) => saveAndGo('/report/already-reported', { reportedToPlatform: input.reportedToPlatform }),
  }),
);

export const saveWhatHappened = refuseFiles(
  defineAction({
    name: 'report.what-happened',
    schema: whatHappenedSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: async (input) => {
      const other = await otherHarmChosen(input.harms);
      if (other && !input.harmOther)
        return {
          fieldErrors: { harmOther: 'Enter what else happened' },
          values: { ...input, harmOther: '' },
        };
      return saveAndGo('/report/what-happened', { ...input, harmOther: other ? input.harmOther : '' });
    },
  }),
);

export const saveDescription = refuseFiles(
  defineAction({
    name: 'report.description',
    schema: descriptionSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) => saveAndGo('/report/description', input),
  }),
);

export const saveAboutYou = refuseFiles(
  defineAction({
    name: 'report.about-you',
    schema: aboutYouSchema,
    authorise: publicActor,
    unexpectedError: parentUnexpectedError,
    run: (input) => {
      const anonymous = input.contact === 'ANONYMOUS';
      return saveAndGo('/report/about-you', {
        ...input,
        relationshipOther: input.relationship === 'OTHER' ? input.relationshipOther : '',
        // Typed before choosing "stay anonymous": not kept (the schema has already dropped them).
        reporterName: anonymous ? '' : input.reporterName,
        reporterEmail: anonymous ? '' : input.reporterEmail,
        reporterPhone: anonymous ? '' : input.reporterPhone,
        reporterSafeTimes: anonymous ? '' : input.reporterSafeTimes,
      });
    },
  }),
);
