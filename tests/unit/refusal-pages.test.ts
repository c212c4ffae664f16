import { describe, expect, it } from 'vitest';
import { oversizedPostResponse } from '@/lib/security/oversized-post';

const post = (url: string) => new Request(url, { method: 'POST' });

describe('the page for a form too big to take', () => {
  it('links back to the form it came from, so a parent can shorten what they wrote', async () => {
    const response = oversizedPostResponse(post('https://report.example/report/description?x=1'), 'req', 'n');
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain('<a href="/report/description?x=1">Go back to the page you were on</a>');
  });

  it('never links to another site, whatever the path looks like', async () => {
    for (const url of ['https://report.example//evil.example/x', 'https://report.example/\\evil.example']) {
      const html = await oversizedPostResponse(post(url), 'req', 'n').text();
      expect(html).not.toMatch(/href="[/\\]{2}/);
    }
    const html = await oversizedPostResponse(post('https://report.example/a"><script>'), 'req', 'n').text();
    expect(html).not.toContain('<script>');
  });
});
