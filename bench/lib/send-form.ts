// What a browser with JavaScript off posts when the parent presses "Send report": the check-answers
// form's hidden fields (React's server-action reference) plus the empty honeypot, as multipart/form-data.
// Read once from the real page; the fields name the action, not the journey, so every parent posts the same
// body with their own cookie.
const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&amp;': '&',
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

export async function sendFormBody(
  appUrl: string,
  token: string,
): Promise<{ path: string; body: string; contentType: string }> {
  const response = await fetch(`${appUrl}/report/check`, { headers: { cookie: `report_journey=${token}` } });
  const html = await response.text();
  const form = /<form[^>]*>((?:(?!<\/form>)[\s\S])*Send report(?:(?!<\/form>)[\s\S])*)<\/form>/.exec(
    html,
  )?.[1];
  if (!form) throw new Error(`No "Send report" form on /report/check (status ${response.status}).`);
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
    if (name) fields.push([name, value.replace(/&(quot|amp|#x27|lt|gt);/g, (e) => ENTITIES[e] ?? e)]);
  }
  const boundary = '----benchboundary7MA4YWxkTrZu0gW';
  const body =
    fields
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
  return { path: '/report/check', body, contentType: `multipart/form-data; boundary=${boundary}` };
}
