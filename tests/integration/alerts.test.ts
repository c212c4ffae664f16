import { describe, expect, it } from 'vitest';
import { insertAlert } from '@/lib/alerts/insert-alert';
import { listPublishedAlerts } from '@/lib/alerts/list-published-alerts';
import { renderAlertPdf } from '@/lib/alerts/render-alert-pdf';
import { setAlertPublication } from '@/lib/alerts/set-alert-publication';
import { getDb } from '@/lib/db';
import { makeStaff } from '../support/case-staff';
import { makePartnership } from '../support/factories';
import { expectAllOf, pdfText } from '../support/pdf-text';

const db = getDb();
const DAY = 86_400_000;

describe('published alerts', () => {
  it('shows only alerts inside their publication window; drafts and ended alerts stay hidden', async () => {
    const partnership = await makePartnership();
    const now = new Date('2026-11-24T12:00:00Z');
    const make = (title: string, from: Date | null, until: Date | null = null) =>
      db.platformAlert.create({
        data: {
          partnershipId: partnership.id,
          title,
          whatToKnow: 'Know',
          whatToDo: 'Do',
          publishedFrom: from,
          publishedUntil: until,
        },
      });
    await make('Draft', null);
    await make('Live', new Date(now.getTime() - DAY));
    await make('Live until tomorrow', new Date(now.getTime() - DAY), new Date(now.getTime() + DAY));
    await make('Ended', new Date(now.getTime() - 3 * DAY), new Date(now.getTime() - DAY));
    await make('Scheduled', new Date(now.getTime() + DAY));
    const shown = await listPublishedAlerts(now);
    expect(shown.map((a) => a.title).sort()).toEqual(['Live', 'Live until tomorrow']);
    const draft = await db.platformAlert.findFirstOrThrow({ where: { title: 'Draft' } });
    expect(await listPublishedAlerts(now, draft.id)).toEqual([]);
  });

  it('renders a letter as a PDF with the text as typed, nothing more', async () => {
    const pdf = await renderAlertPdf(
      {
        id: 'x',
        title: '<script>alert(1)</script> Chat app warning',
        platformName: null,
        platformSlug: null,
        whatToKnow: 'Strangers ask for pictures.\n\n- Talk to your child\n- Check privacy settings',
        whatToDo: 'Report it.',
        publishedFrom: new Date('2026-11-24T00:00:00Z'),
      },
      'Test Partnership',
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.toString('latin1')).not.toMatch(/\/JavaScript|\/URI/);
  });
});

describe('the alert letter PDF', () => {
  it('keeps every character of the alert, in every script', async () => {
    const words = 'Łukasz Ğül Şeker Привет Καλημέρα میرا بیٹا مرحبا 🙂📱 ışık';
    const pdf = await renderAlertPdf(
      {
        id: 'x',
        title: `Title: ${words}`,
        platformName: null,
        platformSlug: null,
        whatToKnow: `Know: ${words}\n\n- Item: ${words}`,
        whatToDo: `Do: ${words}`,
        publishedFrom: new Date('2026-11-24T00:00:00Z'),
      },
      'Partnership Ğül',
    );
    const text = pdfText(pdf);
    expect(text).toContain('From Partnership Ğül');
    for (const shown of [`Title: ${words}`, `Know: ${words}`, `• Item: ${words}`, `Do: ${words}`])
      expectAllOf(text, shown);
  });
});

describe('editing alerts (the lib verbs behind the /trends/alerts actions)', () => {
  it('publishes and withdraws only an alert of the editor’s own partnership, with an audit entry', async () => {
    const [ours, theirs] = [await makePartnership(), await makePartnership()];
    const editor = await makeStaff(ours.id, []);
    await insertAlert(editor.id, ours.id, {
      title: 'Ours',
      whatToKnow: 'Know',
      whatToDo: 'Do',
      platform: '',
      publishFrom: '',
      publishUntil: '',
    });
    const alert = await db.platformAlert.findFirstOrThrow({ where: { partnershipId: ours.id } });
    expect(alert.publishedFrom).toBeNull();
    await expect(
      setAlertPublication(editor.id, theirs.id, { alertId: alert.id, change: 'publish' }),
    ).rejects.toThrow('That alert could not be found');
    await setAlertPublication(editor.id, ours.id, { alertId: alert.id, change: 'publish' });
    const published = await db.platformAlert.findUniqueOrThrow({ where: { id: alert.id } });
    expect(published.publishedFrom).not.toBeNull();
    const audit = await db.auditEntry.findMany({ where: { subjectId: alert.id }, orderBy: { at: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['alert.create', 'alert.publish']);
  });
});
