// What a person typed in the definition's two forms, checked before anything is sent; the API
// checks again and its message is shown as it comes.

export const MAX_DEFINITION_TEXT = 10_000;
export const MAX_STAKEHOLDER_TEXT = 120;

export function draftProblem(text: string, currentText: string | null): string | null {
  const value = text.trim();
  if (value === '') return 'Enter the definition of contract management';
  if ([...value].length > MAX_DEFINITION_TEXT) return 'The definition must be 10,000 characters or fewer';
  if (currentText !== null && value === currentText.trim()) {
    return 'The words are the same as the current version: change them to draft a new version';
  }
  return null;
}

export type AgreementValues = { name: string; role: string };
export type AgreementErrors = Partial<Record<keyof AgreementValues, string>>;

export function agreementProblems({ name, role }: AgreementValues, agreedBy: readonly string[]): AgreementErrors {
  const errors: AgreementErrors = {};
  const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB') === b.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB');
  if (name.trim() === '') errors.name = 'Enter the name of the person who agreed';
  else if ([...name.trim()].length > MAX_STAKEHOLDER_TEXT) errors.name = 'The name must be 120 characters or fewer';
  else if (agreedBy.some((agreed) => same(agreed, name))) errors.name = `${name.trim()} has already agreed this version`;
  if (role.trim() === '') errors.role = 'Enter their role, such as Procurement lead';
  else if ([...role.trim()].length > MAX_STAKEHOLDER_TEXT) errors.role = 'The role must be 120 characters or fewer';
  return errors;
}
