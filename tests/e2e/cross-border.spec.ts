// Many partnerships on one deployment: a parent on Northshire's site names a school of Southvale (the demo's
// second partnership, served at southvale.localhost). The concern is Southvale's: Northshire's DSLs and
// front door get "not found" for it, Northshire's trends only count it, and the parent follows up on the
// site they used. Southvale's school is made here, a school of this spec's own.
import { expect, test } from '@playwright/test';
import { query } from './e2e-db';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const SCHOOL = { urn: 990_871, name: 'Crossways Border Academy', town: 'Southvale Bridge' };

test.use({ javaScriptEnabled: false });

async function southvaleSchool(): Promise<{ partnershipId: string; schoolId: string }> {
  const [partnership] = await query<{ id: string }>(`SELECT id FROM "Partnership" WHERE slug = 'southvale'`);
  if (!partnership) throw new Error('The demo seed has no "southvale" partnership');
  const [school] = await query<{ id: string }>(
    `INSERT INTO "School" (id, "partnershipId", urn, name, town, postcode, phase, "localAuthority", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 'SV1 9XB', 'SECONDARY', 'Southvale', now())
     ON CONFLICT (urn) DO UPDATE SET active = true RETURNING id`,
    [partnership.id, SCHOOL.urn, SCHOOL.name, SCHOOL.town],
  );
  return { partnershipId: partnership.id, schoolId: (school as { id: string }).id };
}

test('a report on Northshire’s site about a Southvale school goes to Southvale, and Northshire cannot open it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const southvale = await southvaleSchool();
  const sent = await reportAConcern(page, {
    javaScript: false,
    school: { search: 'crossways border', name: SCHOOL.name },
  });

  const [concern] = await query<{ partnershipId: string; viaSlug: string; schoolId: string }>(
    `SELECT c."partnershipId", v.slug AS "viaSlug", c."schoolId" FROM "Concern" c
     JOIN "Partnership" v ON v.id = c."reportedViaPartnershipId" WHERE c.reference = $1`,
    [sent.reference],
  );
  expect(concern).toEqual({
    partnershipId: southvale.partnershipId,
    viaSlug: 'northshire',
    schoolId: southvale.schoolId,
  });

  // Northshire's school team and front door: "not found", by link and in their lists.
  for (const email of ['dsl.oakfield@northshire.example', 'frontdoor@northshire.example']) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await signInAs(context, email, baseURL as string);
    const response = await context.request.get(`/cases/${sent.reference}`);
    expect(response.status(), email).toBe(404);
    const list = await context.request.get('/cases');
    expect(await list.text()).not.toContain(sent.reference);
    await context.close();
  }

  // The parent follows up on the site they used.
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
});

test('Northshire’s trends show one count of reports sent to other areas, and no breakdown of them', async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, 'trends@northshire.example', baseURL as string);
  await page.goto('/trends');
  const heading = page
    .locator('#headline')
    .getByRole('heading', { name: 'Sent through this site about schools in other areas' });
  await expect(heading).toBeVisible();
  await expect(page.locator('#headline')).toContainText('They are not in the figures above.');
  // Choosing a platform takes the count away: counts per platform would break it down.
  await page.goto(`/trends?platform=snapchat`);
  await expect(heading).toHaveCount(0);
});

test('the school search on Southvale’s site finds Northshire’s schools too', async ({ page, baseURL }) => {
  // Chromium sends *.localhost to this machine, so the app sees Southvale's host name.
  const southvaleSite = new URL(baseURL as string);
  southvaleSite.hostname = 'southvale.localhost';
  const response = await page.goto(new URL('/api/schools?q=oakfield', southvaleSite).toString());
  expect(response?.status()).toBe(200);
  expect(await response?.json()).toContainEqual(expect.objectContaining({ name: 'Oakfield Primary School' }));
});
