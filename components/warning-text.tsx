// Warning text is stored as plain text and rendered as React text nodes, so nothing typed can become HTML.
// The only formatting: a blank line starts a new paragraph, and lines starting "- " become a bullet list.

export function splitWarningText(
  text: string,
): ({ kind: 'p'; text: string } | { kind: 'ul'; items: string[] })[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      return lines.every((line) => line.startsWith('- '))
        ? { kind: 'ul' as const, items: lines.map((line) => line.slice(2).trim()) }
        : { kind: 'p' as const, text: lines.join(' ') };
    });
}

export function WarningText({ text }: { text: string }) {
  return (
    <>
      {splitWarningText(text).map((block, i) =>
        block.kind === 'p' ? (
          <p key={i} className="govuk-body">
            {block.text}
          </p>
        ) : (
          <ul key={i} className="govuk-list govuk-list--bullet">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
