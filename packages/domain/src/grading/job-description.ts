import { invalid } from './errors';
import { fieldLabel, requireText } from '../shared/values';

export type PersonSpecification = { essential: string[]; desirable: string[] };
export type JobDescriptionContent = { purpose: string; accountabilities: string[]; personSpecification: PersonSpecification };

export const MAX_JD_PURPOSE = 2000;
export const MAX_ACCOUNTABILITIES = 30;
export const MAX_ACCOUNTABILITY = 300;
export const MAX_PERSON_SPEC_ITEMS = 30;
export const MAX_PERSON_SPEC_ITEM = 300;

const list = (field: string, value: unknown, min: number): string[] => {
  if (!Array.isArray(value) || value.length < min || value.length > MAX_PERSON_SPEC_ITEMS) {
    const count = Array.isArray(value) ? `${value.length}` : 'none';
    throw invalid('INVALID_JOB_DESCRIPTION', `${fieldLabel(field)}: list ${min} to ${MAX_PERSON_SPEC_ITEMS} items; got ${count}.`, {
      field,
      min,
      max: MAX_PERSON_SPEC_ITEMS,
    });
  }
  return value.map((item) => requireText(field, item, { max: MAX_PERSON_SPEC_ITEM }));
};

// Returns the JD with its text trimmed. A person specification needs at least one essential criterion.
export const validateJobDescriptionContent = (data: Partial<JobDescriptionContent>): JobDescriptionContent => {
  const purpose = requireText('purpose', data.purpose, { max: MAX_JD_PURPOSE });
  const raw = data.accountabilities;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_ACCOUNTABILITIES) {
    throw invalid(
      'INVALID_JOB_DESCRIPTION',
      `A job description lists 1 to ${MAX_ACCOUNTABILITIES} accountabilities; got ${Array.isArray(raw) ? raw.length : 'none'}.`,
      { field: 'accountabilities', min: 1, max: MAX_ACCOUNTABILITIES },
    );
  }
  const accountabilities = raw.map((a) => requireText('accountability', a, { max: MAX_ACCOUNTABILITY }));
  const spec = data.personSpecification;
  const essential = list('essentialCriteria', spec?.essential, 1);
  const desirable = list('desirableCriteria', spec?.desirable ?? [], 0);
  return { purpose, accountabilities, personSpecification: { essential, desirable } };
};

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const sameJobDescriptionContent = (a: JobDescriptionContent, b: JobDescriptionContent): boolean =>
  a.purpose === b.purpose &&
  sameList(a.accountabilities, b.accountabilities) &&
  sameList(a.personSpecification.essential, b.personSpecification.essential) &&
  sameList(a.personSpecification.desirable, b.personSpecification.desirable);
