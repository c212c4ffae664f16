// Child records (issue 18): a DSL links two fresh cases to one child from the case pages (without and with
// JavaScript), and the child's page shows one chronology across both, with the PDF of the whole file; a
// long file's page shows the newest 50 entries and links to older ones; a case whose file was sent to
// another school shows under the child's file transfers, and that school's DSL gets "not found".
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { encryptForTable } from './e2e-crypto';
import { expectAccessible } from './fixtures';
import { MILLBROOK, query } from './case-data';
import { sendFreshReport } from './report-journey';
import { signInAs } from './sign-in';

const DSL = 'dsl.oakfield@northshire.example';

// Two reports sent through the journey, then two case pages and the child's page: more than 30 s when busy.
test.describe.configure({ timeout: 90_000 });

test('a DSL links two cases to one child and reads them as one file', async ({
  browser,
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, DSL, baseURL as string);
  const [first, second] = [await sendFreshReport(browser), await sendFreshReport(browser)];
  const name = `E2E ${Date.now().toString(36)}`;

  await page.goto(`/cases/${first}`);
  await expect(page.getByRole('heading', { name: 'The child' })).toBeVisible();
  // One form at a time: the child's forms show when chosen, as the case's other forms do.
  await expect(page.locator('#new-child')).toHaveCount(0);
  await page.getByRole('link', { name: 'Link this case to a child' }).click();
  await expect(page).toHaveURL(/action=child/);
  await page.getByText('Make a new child record for this case').click();
  await page.getByLabel('First name or initials').fill(name);
  await page.getByLabel('Year group').fill('Year 4');
  await page.getByLabel('Why are you making a record for this child?').fill('First report about this pupil');
  await page.getByRole('button', { name: 'Make the record and link the case' }).click();
  // Linked: the section now names the child (the form and its message give way to the link).
  await expect(page.getByRole('region', { name: 'The child' })).toContainText(
    `This case is linked to ${name}`,
  );
  await expectAccessible(page);

  await page.goto(`/cases/${second}?action=child`);
  await page.getByText('Link it to another child at this school').click();
  await page.getByLabel('Child', { exact: true }).selectOption({ label: `${name}, Year 4` });
  await page.locator('#link-other-child').getByLabel('Why do you think it is this child?').fill('Same pupil');
  await page.locator('#link-other-child').getByRole('button', { name: 'Link to this child' }).click();
  await expect(page.getByRole('region', { name: 'The child' })).toContainText(
    `This case is linked to ${name}`,
  );

  const [child] = await query<{ id: string }>(
    `SELECT "childRecordId" AS id FROM "Concern" WHERE reference = $1`,
    [second],
  );
  await page.goto('/children');
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveURL(`/children/${child!.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const chronology = page.locator('.app-chronology');
  await expect(chronology).toContainText(first);
  await expect(chronology).toContainText(second);
  await expect(chronology).toContainText('Same pupil');
  await expectAccessible(page);
  const pdf = await page.request.get(`/children/${child!.id}/pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // A long file: the page shows the newest 50 entries, and a plain link (no JavaScript) to older ones.
  // 55 notes written as the app writes them (sealed, each bound to its own id), newer than every entry.
  const [{ id: secondId } = { id: '' }] = await query<{ id: string }>(
    `SELECT id FROM "Concern" WHERE reference = $1`,
    [second],
  );
  for (let n = 1; n <= 55; n += 1) {
    const [{ id } = { id: '' }] = await query<{ id: string }>(
      `SELECT nextval(pg_get_serial_sequence('"ConcernEvent"', 'id'))::text AS id`,
    );
    await query(
      `INSERT INTO "ConcernEvent" (id, "concernId", kind, summary, at)
       VALUES ($1::bigint, $2, 'NOTE', $3, now() + make_interval(secs => $4::int))`,
      [
        id,
        secondId,
        await encryptForTable('ConcernEvent', 'summary', id, `Long file note ${n}.`, {
          concernId: secondId,
        }),
        n,
      ],
    );
  }
  await page.goto(`/children/${child!.id}`);
  await expect(chronology.locator('.app-chronology__entry')).toHaveCount(50);
  await expect(chronology).toContainText('Long file note 55.');
  await expect(chronology).not.toContainText('Same pupil');
  await expect(page.getByRole('link', { name: 'Show the newest entries' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Show older entries' }).click();
  await expect(page).toHaveURL(new RegExp(`/children/${child!.id}\\?older=\\d+#chronology$`));
  await expect(chronology).not.toContainText('Long file note 6.');
  await expect(chronology).toContainText('Long file note 5.');
  await expect(chronology).toContainText('Same pupil');
  await expect(chronology).toContainText(first);
  await expect(page.getByRole('link', { name: 'Show older entries' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Show the newest entries' }).click();
  await expect(chronology).toContainText('Long file note 55.');

  // The first case's file was sent to Millbrook, which returned it (written as the app writes it, the
  // reason sealed; a closed transfer, so the transfer clock leaves it alone): the child's page lists it.
  const transferId = randomUUID();
  await query(
    `INSERT INTO "FileTransfer" (id, status, "concernId", "fromPartnershipId", "fromSchoolId", "toSchoolId",
       "toPartnershipId", "childStartsOn", "sentById", "sentAt", "dueAt", "answeredAt", "returnReason")
     SELECT $1, 'RETURNED', c.id, c."partnershipId", c."schoolId", m.id, m."partnershipId", current_date,
       u.id, now() - interval '2 days', now() + interval '5 days', now(), $3
     FROM "Concern" c, "School" m, "StaffUser" u
     WHERE c.reference = $2 AND m.urn = $4 AND u.email = $5`,
    [
      transferId,
      first,
      await encryptForTable('FileTransfer', 'returnReason', transferId, 'Not on our roll', {
        concernReference: first,
      }),
      MILLBROOK,
      DSL,
    ],
  );
  await page.goto(`/children/${child!.id}`);
  const transfer = page.getByRole('table', { name: 'File transfers' }).locator('tr', { hasText: first });
  await expect(transfer).toContainText('To Millbrook Academy');
  await expect(transfer).toContainText('Returned on');
  await expect(transfer).toContainText('Not on our roll');
  await expectAccessible(page);

  // Another school's DSL gets "not found" for this child's page, the school the file went to as well: the
  // record made above, never skipped.
  for (const email of ['dsl.northbridge@northshire.example', 'dsl.millbrook@northshire.example']) {
    const elsewhere = await browser.newContext();
    await signInAs(elsewhere, email, baseURL as string);
    const other = await elsewhere.newPage();
    await other.goto(`/children/${child!.id}`);
    await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await elsewhere.close();
  }
});
