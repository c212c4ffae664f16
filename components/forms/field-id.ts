/** The id of a field's input (or of its first option), which the error summary links to. */
export function fieldId(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '-');
}
