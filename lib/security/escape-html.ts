// Escapes text for HTML built as a string (emails, the proxy's refusal pages, the school type-ahead's
// suggestions). No imports, so the proxy and the browser can use it too. React escapes everything else.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
