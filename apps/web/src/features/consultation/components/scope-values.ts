export type ScopeFields = { title: string; establishment: string; dismissals: string; unions: string };
export type ScopeProblem = { fieldId: string; message: string };
export type Scope = { title: string; establishment: string; proposedDismissals: number; recognisedUnions: string[] };

export const scopeFieldsOf = (plan: Scope): ScopeFields => ({
  title: plan.title,
  establishment: plan.establishment,
  dismissals: String(plan.proposedDismissals),
  unions: plan.recognisedUnions.join(', '),
});

// The checks the draft and revise forms share; the API checks the same again.
export function scopeOf(fields: ScopeFields, idPrefix: string): { scope: Scope | null; problems: ScopeProblem[] } {
  const text = fields.dismissals.trim();
  const n = Number(text);
  const problems = [
    ...(fields.title.trim() ? [] : [{ fieldId: `${idPrefix}-title`, message: 'Enter a title' }]),
    ...(fields.establishment.trim() ? [] : [{ fieldId: `${idPrefix}-establishment`, message: 'Enter the establishment' }]),
    ...(/^\d+$/.test(text) && Number.isSafeInteger(n)
      ? []
      : [{ fieldId: `${idPrefix}-dismissals`, message: 'Enter the proposed dismissals as a whole number, such as 25' }]),
  ];
  if (problems.length) return { scope: null, problems };
  // One entry per union, however it was typed: "UNISON, GMB ,unison" is two unions.
  const seen = new Set<string>();
  const recognisedUnions = fields.unions
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u && !seen.has(u.toLowerCase()) && seen.add(u.toLowerCase()));
  return { scope: { title: fields.title.trim(), establishment: fields.establishment.trim(), proposedDismissals: n, recognisedUnions }, problems };
}
