// Welsh on a par with English (issue 21): Southvale's demo site offers Welsh (lib/demo/demo-southvale.ts).
// A parent chooses it in the header, without JavaScript, and every translated public page then speaks Welsh
// with no message key (such as report.child.title) shown in place of words.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';

const at = (baseURL: string | undefined, hostname: string) => {
  const url = new URL(baseURL as string);
  url.hostname = hostname;
  return url.origin;
};

/**
 * The public pages translated whole. The confirmation, no-code and follow-up pages need a sent report, so
 * they have a test of their own below.
 */
const WELSH_PAGES: [string, string][] = [
  ['/', 'Rhoi gwybod am bryder am blentyn ar-lein'],
  ['/advice', 'Cyngor i rieni a gofalwyr'],
  // A national platform every partnership offers; its advice text is the partnership's and stays as written.
  ['/advice/snapchat', 'Snapchat: cyngor i rieni'],
  ['/accessibility', 'Datganiad hygyrchedd'],
  ['/privacy', 'Hysbysiad preifatrwydd'],
  ['/no-such-page', 'Heb ddod o hyd i’r dudalen'],
  ['/report/danger', 'Ydy plentyn mewn perygl ar hyn o bryd?'],
  ['/report/danger-now', 'Ffoniwch 999 nawr'],
  ['/report/school', 'I ba ysgol mae’r plentyn yn mynd?'],
  ['/report/school/results', 'I ba ysgol mae’r plentyn yn mynd?'],
  ['/report/child', 'Am y plentyn'],
  ['/report/platforms', 'Ble digwyddodd hyn?'],
  ['/report/accounts', 'Ydych chi’n gwybod yr enw a ddefnyddiodd y dieithryn, neu ddolen i’w gyfrif?'],
  ['/report/already-reported', 'Ydych chi eisoes wedi rhoi gwybod i’r ap neu’r wefan?'],
  ['/report/what-happened', 'Beth ddigwyddodd?'],
  ['/report/images', 'Lluniau a fideos: darllenwch hyn yn gyntaf'],
  ['/report/description', 'Dywedwch wrthym beth ddigwyddodd'],
  ['/report/about-you', 'Amdanoch chi'],
  ['/report/busy', 'Mae’n ddrwg gennym, mae’r gwasanaeth yn brysur'],
  ['/report/try-later', 'Rhowch gynnig arall arni yn nes ymlaen'],
  ['/report/done', 'Rydych chi wedi gorffen'],
  ['/check', 'Gwirio adroddiad neu ychwanegu ato'],
  ['/report/done?kept=none', 'Rydych chi wedi gorffen'],
];

/** A message key is dotted lower camel case; Welsh or English text never looks like one. */
const MESSAGE_KEY =
  /\b(?:layout|report|answers|errors|notices|done|noCode|confirmation|nextSteps|proof|checkReport|followUp|start|advice|accessibility|privacy|notFound|review|harms)\.[a-z][A-Za-z]*(?:\.[A-Za-z_]+)*\b/;

/** English sentences from the translated pages: none may show on a Welsh page (a text left untranslated). */
const ENGLISH_SENTENCES = [
  'Exit this page',
  'Leave this website quickly',
  'Without the secret code you cannot check your report',
  'Give us an email address instead',
  'What happens next',
  'What you can do now',
  'Keep a note of what happened',
  'Check you have kept your secret code',
  'How to check on your report',
  'Use the reference and secret code you were given',
  'You do not have to answer this.',
  'We will never open a link you give us.',
  'or a link to their account or group.',
  // A national kind of harm (reference data, translated in the catalogue's `harms`).
  'Saw sexual pictures or videos',
  // The follow-up page (/check/concern).
  'What has happened so far',
  'We received your report',
  'What you told us',
  'There are no messages yet.',
  'Send a message to the safeguarding team',
  'Add something to your report',
  'Finish and leave',
  'You can enter up to',
  // The start page.
  'Who sees your report',
  'This is not for',
  'Already sent a report?',
  'Start now',
  // The advice and accessibility pages.
  'Talking with your child',
  'Where to get help',
  'If a child is in danger right now',
  'How accessible this service is',
  'Known problems',
  'What we keep',
  'Why we can use it',
  'data protection officer',
  'Page not found',
  'Go to the start page',
];

async function expectNoMessageKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(MESSAGE_KEY);
  expect(await page.title()).not.toMatch(MESSAGE_KEY);
  for (const sentence of ENGLISH_SENTENCES) expect(text).not.toContain(sentence);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a parent chooses Welsh in the header and stays on the same page, in Welsh', async ({
    page,
    baseURL,
  }) => {
    const southvale = at(baseURL, 'southvale.localhost');
    await page.goto(`${southvale}/report/danger`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page).toHaveURL(`${southvale}/report/danger`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ydy plentyn mewn perygl ar hyn o bryd?',
    );

    // The error summary and the field's error are in Welsh too.
    await page.getByRole('button', { name: 'Parhau' }).click();
    await expect(page.getByRole('heading', { name: 'Mae problem' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Dewiswch ‘Ydy’ os yw plentyn mewn perygl ar hyn o bryd' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is a child in danger right now?');
  });

  test('every translated page is in Welsh, with no message key showing', async ({ page, baseURL }) => {
    const southvale = at(baseURL, 'southvale.localhost');
    await page.context().addCookies([{ name: 'language', value: 'cy', url: southvale }]);
    for (const [path, heading] of WELSH_PAGES) {
      await page.goto(`${southvale}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expectNoMessageKeys(page);
    }
  });

  test('a site that does not offer Welsh ignores a Welsh cookie and a Welsh browser', async ({
    page,
    baseURL,
  }) => {
    const northshire = at(baseURL, 'northshire.localhost');
    await page.context().addCookies([{ name: 'language', value: 'cy', url: northshire }]);
    await page.setExtraHTTPHeaders({ 'accept-language': 'cy' });
    await page.goto(`${northshire}/report/danger`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('button', { name: 'Cymraeg' })).toHaveCount(0);
  });
});

test('after sending, the confirmation and no-code pages and their errors are in Welsh', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const southvale = at(baseURL, 'southvale.localhost');
  // A report of this test's own, sent on Southvale's site (the journey's helper speaks English).
  const context = await browser.newContext({
    baseURL: southvale,
    javaScriptEnabled: false,
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  const sent = await reportAConcern(page, {
    javaScript: false,
    anonymous: false,
    school: { search: 'larkfield', name: 'Larkfield Primary School' },
  });
  await context.addCookies([{ name: 'language', value: 'cy', url: southvale }]);
  await page.goto(`${southvale}/report/confirmation`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adroddiad wedi’i anfon');
  await expect(page.getByRole('heading', { name: 'Beth gallwch chi ei wneud nawr' })).toBeVisible();
  await expectNoMessageKeys(page);

  // The proof of sending, its date in Welsh (the month's name) and UK time.
  await page.goto(`${southvale}/report/confirmation/proof`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prawf eich bod wedi anfon adroddiad');
  await expect(page.locator('.govuk-summary-list')).toContainText(
    /Dyddiad anfon\s*\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}, \d\d:\d\d/,
  );
  await expectNoMessageKeys(page);
  await page.goto(`${southvale}/report/confirmation`);
  await page
    .getByLabel('Teipiwch 4 llythyren a rhif olaf eich cod cyfrinachol')
    .fill(sent.receipt.slice(0, 4));
  await page.getByRole('button', { name: 'Gwirio fy nghod' }).click();
  await expect(page.getByRole('heading', { name: 'Mae problem' })).toBeVisible();
  await expect(page.locator('#code-error')).toContainText('Nid dyna ddiwedd eich cod cyfrinachol');

  await page.getByRole('link', { name: 'Alla i ddim cadw’r cod cyfrinachol' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Os na allwch chi gadw’r cod cyfrinachol');
  await expectNoMessageKeys(page);

  await page.getByRole('button', { name: 'Cadw fy nghyfeiriad e-bost' }).click();
  await expect(page.getByRole('heading', { name: 'Mae problem' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rhowch eich cyfeiriad e-bost' })).toBeVisible();

  await page.getByRole('button', { name: 'Gadael heb y cod', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rydych chi wedi gorffen');
  await expect(page.getByText('Mae eich adroddiad gan y tîm diogelu o hyd')).toBeVisible();
  await expectNoMessageKeys(page);

  // Following it up: the follow-up page, its errors and notices, and the proof from there, all in Welsh.
  await page.goto(`${southvale}/check`);
  await page.getByLabel('Cyfeirnod', { exact: true }).fill(sent.reference);
  await page.getByLabel('Cod cyfrinachol', { exact: true }).fill(sent.receipt);
  await page.getByRole('button', { name: 'Parhau' }).click();
  await expect(page).toHaveURL(`${southvale}/check/concern`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eich adroddiad');
  await expect(page.getByRole('heading', { name: 'Beth sydd wedi digwydd hyd yma' })).toBeVisible();
  await expect(page.getByText('Wedi dod i law', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Anfonwyd ar \d{1,2} [A-Za-z]+ \d{4}, \d\d:\d\d\.$/)).toBeVisible();
  await expectNoMessageKeys(page);
  await page.getByRole('button', { name: 'Anfon neges' }).click();
  await expect(page.getByRole('heading', { name: 'Mae problem' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rhowch eich neges' })).toBeVisible();
  await page.getByLabel('Anfon neges at y tîm diogelu').fill('Diolch yn fawr.');
  await page.getByRole('button', { name: 'Anfon neges' }).click();
  await expect(page.getByText('Mae eich neges wedi’i hanfon at y tîm diogelu.')).toBeVisible();
  await expect(page.getByText('Diolch yn fawr.')).toBeVisible();
  await expectNoMessageKeys(page);
  await page.getByRole('link', { name: 'Argraffu neu gadw prawf eich bod wedi anfon adroddiad' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prawf eich bod wedi anfon adroddiad');
  await expectNoMessageKeys(page);
  await page.goto(`${southvale}/check/concern`);
  await page.getByRole('button', { name: 'Gorffen a gadael' }).click();
  await context.close();
});

test('a Welsh browser gets the Welsh pages where they are offered, and they pass the accessibility scan', async ({
  browser,
  baseURL,
}) => {
  const southvale = at(baseURL, 'southvale.localhost');
  // The browser's own language setting, as a parent's phone sends it (Accept-Language: cy-GB).
  const context = await browser.newContext({ locale: 'cy-GB' });
  const page = await context.newPage();
  await page.goto(`${southvale}/report/child`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Am y plentyn');
  await expectAccessible(page);
  await context.close();
});
