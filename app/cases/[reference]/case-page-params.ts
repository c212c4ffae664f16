// What the case page's address may ask for: one form (?action=note) and a page of the access log
// (?accessPage=2). Anything else is ignored, never an error: these are only views of the same record.

export interface CasePageParams {
  action: string | null;
  accessPage: number | null;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function casePageParams(query: Record<string, string | string[] | undefined>): CasePageParams {
  const action = first(query.action);
  const page = first(query.accessPage);
  return {
    action: action && /^[a-z]{1,20}$/.test(action) ? action : null,
    accessPage: page && /^\d{1,6}$/.test(page) ? Number(page) : null,
  };
}
