// A download's name in the reader's language: ASCII `filename` for every browser, UTF-8 `filename*` for the
// reader's own name, and nothing in either that could end the header's value or add a parameter.
import { describe, expect, it } from 'vitest';
import { contentDisposition } from '@/lib/format/file-name';

describe('contentDisposition', () => {
  it('gives English alone when the name is the same', () => {
    expect(contentDisposition('attachment', { english: 'proof', local: 'proof', extension: 'pdf' })).toBe(
      'attachment; filename="proof.pdf"',
    );
  });

  it('adds the Welsh name as UTF-8, keeping an ASCII name for older browsers', () => {
    expect(
      contentDisposition('attachment', {
        english: 'proof-you-sent-a-report',
        local: 'prawf-eich-bod-wedi-anfon-adroddiad',
        extension: 'pdf',
      }),
    ).toBe(
      `attachment; filename="proof-you-sent-a-report.pdf"; filename*=UTF-8''prawf-eich-bod-wedi-anfon-adroddiad.pdf`,
    );
  });

  it('encodes Urdu (right to left) and Bengali names, which decode back to the same name', () => {
    for (const local of ['رپورٹ-بھیجنے-کا-ثبوت', 'রিপোর্ট-পাঠানোর-প্রমাণ']) {
      const header = contentDisposition('inline', { english: 'proof', local, extension: 'pdf' });
      expect(header).toMatch(/^inline; filename="proof\.pdf"; filename\*=UTF-8''[A-Za-z0-9%.\-_~]+$/);
      expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe(`${local}.pdf`);
    }
  });

  it('lets nothing through that could break the header: quotes, semicolons, line breaks, slashes', () => {
    const header = contentDisposition('attachment', {
      english: 'a"b;c\r\nd/e',
      local: 'x"; filename=evil.exe\r\n/..\\y',
      extension: 'pdf',
    });
    expect(header).toBe(`attachment; filename="a-b-c-d-e.pdf"; filename*=UTF-8''x-filename-evil-exe-y.pdf`);
  });
});
