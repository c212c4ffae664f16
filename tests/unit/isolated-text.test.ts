import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Chronology, Messages } from '@/app/cases/[reference]/case-sections';
import { reporterAccountRows } from '@/lib/cases/case-record-rows';
import type { CaseRecord } from '@/lib/cases/read-case-record';

const RLO = '\u202E';
const at = new Date('2026-11-30T10:00:00Z');

describe('text someone typed, shown on the case page', () => {
  it('is isolated, so a right-to-left override in it cannot reorder the words around it', () => {
    const record = {
      messages: [
        { id: 'm1', author: 'STAFF', createdAt: at, body: `${RLO}gnp.exe`, staff: { name: `${RLO}Sam` } },
      ],
      events: [
        { id: 1n, kind: 'NOTE', at, summary: `${RLO}note`, detail: null, actor: { name: `${RLO}Sam` } },
      ],
    } as unknown as CaseRecord;
    const html =
      renderToStaticMarkup(createElement(Messages, { record })) +
      renderToStaticMarkup(createElement(Chronology, { record }));
    expect(html).toContain(`<bdi>${RLO}gnp.exe</bdi>`);
    expect(html).toContain(`<bdi>${RLO}note</bdi>`);
    expect(html.match(new RegExp(`<bdi>${RLO}Sam</bdi>`, 'g'))).toHaveLength(2);
  });

  it('ends any direction override a reporter typed before the next part of a row', () => {
    const record = {
      description: 'x',
      platforms: [],
      accountIdentifiers: [{ identifier: `coolkid${RLO}`, platform: { name: 'Snapchat' } }],
      harms: [],
      childName: null,
      childAge: 9,
      childYear: null,
      happened: 'TODAY',
      stillHappening: 'NO',
      childKnows: 'NO',
      reporterAnonymous: false,
      reporterName: `Sam${RLO}`,
      reporterEmail: 'sam@example.com',
      reporterPhone: null,
      reporterSafeTimes: null,
    } as unknown as CaseRecord;
    const reporter = reporterAccountRows(record).find((row) => row.label === 'Reporter');
    expect(reporter?.value).toBe(`Sam${RLO}\u202C, sam@example.com`);
    const account = reporterAccountRows(record).find((row) => row.label === 'Stranger’s name or link');
    expect(account?.value).toBe(`Snapchat: coolkid${RLO}\u202C`);
  });
});
