import type { AddTargetContractInput, ContractExemption, ContractRisk, ProcurementRegime } from '../../../gql/graphql';
import { datePartsOf, readDateParts, type DateParts } from '../../../lib/civil-date';
import { parsePounds, poundsInput } from '../../../lib/pounds';
import type { TargetContract } from '../api/contracts.queries';
import { serverFieldError } from '../../../lib/use-form-state';

export type ContractFormValues = {
  reference: string;
  title: string;
  supplier: string;
  serviceId: string;
  annualValue: string;
  wholeLifeValue: string;
  startDate: DateParts;
  endDate: DateParts;
  risk: ContractRisk | '';
  vfmConcern: boolean;
  vfmNote: string;
  contractManagerPostId: string;
  kpisSet: string;
  exempt: ContractExemption | '';
  procurementStartedOn: DateParts;
  regime: ProcurementRegime | '';
  reason: string;
};
export type ContractFormField = Exclude<keyof ContractFormValues, 'vfmConcern'>;
export type ContractFormErrors = Partial<Record<ContractFormField, string>>;
export type ContractFields = Omit<AddTargetContractInput, 'programmeId' | 'commandId' | 'reason'>;

export const contractFieldOrder: ContractFormField[] = [
  'reference',
  'title',
  'supplier',
  'serviceId',
  'annualValue',
  'wholeLifeValue',
  'startDate',
  'endDate',
  'risk',
  'vfmNote',
  'contractManagerPostId',
  'kpisSet',
  'exempt',
  'procurementStartedOn',
  'regime',
  'reason',
];

export const emptyContractForm: ContractFormValues = {
  reference: '',
  title: '',
  supplier: '',
  serviceId: '',
  annualValue: '',
  wholeLifeValue: '',
  startDate: datePartsOf(null),
  endDate: datePartsOf(null),
  risk: '',
  vfmConcern: false,
  vfmNote: '',
  contractManagerPostId: '',
  kpisSet: '0',
  exempt: '',
  procurementStartedOn: datePartsOf(null),
  regime: '',
  reason: '',
};

export function contractFormValuesOf(contract: TargetContract): ContractFormValues {
  return {
    reference: contract.reference,
    title: contract.title,
    supplier: contract.supplier,
    serviceId: contract.serviceId,
    annualValue: poundsInput(contract.annualValuePence),
    wholeLifeValue: poundsInput(contract.wholeLifeValuePence),
    startDate: datePartsOf(contract.startDate),
    endDate: datePartsOf(contract.endDate),
    risk: contract.risk,
    vfmConcern: contract.vfmConcern,
    vfmNote: contract.vfmNote ?? '',
    contractManagerPostId: contract.contractManagerPostId ?? '',
    kpisSet: String(contract.kpisSet),
    exempt: contract.exempt ?? '',
    procurementStartedOn: datePartsOf(contract.procurementStartedOn),
    regime: contract.regime ?? '',
    reason: '',
  };
}

const texts = {
  reference: { max: 40, empty: 'Enter the contract reference', name: 'The reference' },
  title: { max: 200, empty: 'Enter the contract title', name: 'The title' },
  supplier: { max: 200, empty: 'Enter the supplier', name: 'The supplier' },
} as const;

const length = (text: string) => [...text].length;

// Checks what a person typed and turns it into the API's units (pence, YYYY-MM-DD); the API checks again.
export function readContractForm(values: ContractFormValues): { fields: ContractFields; errors?: never } | { fields?: never; errors: ContractFormErrors } {
  const errors: ContractFormErrors = {};
  const text = {} as Record<keyof typeof texts, string>;
  for (const key of ['reference', 'title', 'supplier'] as const) {
    const value = values[key].trim();
    text[key] = value;
    if (value === '') errors[key] = texts[key].empty;
    else if (length(value) > texts[key].max) errors[key] = `${texts[key].name} must be ${texts[key].max} characters or fewer`;
  }
  if (!values.serviceId) errors.serviceId = 'Select the service the contract belongs to';

  const annual = parsePounds(values.annualValue, { label: 'Annual value', example: '1,200,000.00' });
  if (!annual.ok) errors.annualValue = annual.error;
  const whole = parsePounds(values.wholeLifeValue, { label: 'Whole-life value', example: '6,000,000.00' });
  if (!whole.ok) errors.wholeLifeValue = whole.error;

  const start = readDateParts(values.startDate, 'the start date');
  if (!start.ok) errors.startDate = start.error;
  const end = readDateParts(values.endDate, 'the end date');
  if (!end.ok) errors.endDate = end.error;
  if (start.ok && end.ok && end.value < start.value) errors.endDate = 'The end date must be the same as or after the start date';

  if (!values.risk) errors.risk = 'Select the contract’s risk';

  // Optional: left empty, the regime is "not recorded" unless chosen below.
  const p = values.procurementStartedOn;
  const procurement =
    !p.day.trim() && !p.month.trim() && !p.year.trim() ? ({ ok: true, value: null } as const) : readDateParts(p, 'the procurement start date');
  if (!procurement.ok) errors.procurementStartedOn = procurement.error;
  else if (procurement.value && start.ok && procurement.value > start.value)
    errors.procurementStartedOn = 'The procurement start date must be the same as or before the contract start date';

  const vfmNote = values.vfmNote.trim();
  if (values.vfmConcern && vfmNote === '') errors.vfmNote = 'Enter the value-for-money concern';
  else if (values.vfmConcern && length(vfmNote) > 2000) errors.vfmNote = 'The value-for-money concern must be 2,000 characters or fewer';

  const kpisText = values.kpisSet.trim();
  const kpisSet = kpisText === '' ? 0 : Number(kpisText);
  if (!/^\d{0,3}$/.test(kpisText) || kpisSet > 100) errors.kpisSet = 'KPIs set must be a whole number from 0 to 100';

  if (length(values.reason) > 2000) errors.reason = 'The reason must be 2,000 characters or fewer';

  if (Object.keys(errors).length > 0 || !annual.ok || !whole.ok || !start.ok || !end.ok || !values.risk || !procurement.ok) return { errors };
  return {
    fields: {
      reference: text.reference,
      title: text.title,
      supplier: text.supplier,
      serviceId: values.serviceId,
      annualValuePence: annual.value,
      wholeLifeValuePence: whole.value,
      startDate: start.value,
      endDate: end.value,
      risk: values.risk,
      vfmConcern: values.vfmConcern,
      // A note goes with a concern; unticking the concern clears it.
      vfmNote: values.vfmConcern ? vfmNote : null,
      contractManagerPostId: values.contractManagerPostId || null,
      kpisSet,
      exempt: values.exempt || null,
      procurementStartedOn: procurement.value,
      regime: values.regime || null,
    },
  };
}

// The API names the field it refused in `details.field`; show its message against that field.
const apiFields: Record<string, ContractFormField> = {
  reference: 'reference',
  title: 'title',
  supplier: 'supplier',
  serviceId: 'serviceId',
  annualValue: 'annualValue',
  annualValuePence: 'annualValue',
  wholeLifeValue: 'wholeLifeValue',
  wholeLifeValuePence: 'wholeLifeValue',
  startDate: 'startDate',
  endDate: 'endDate',
  risk: 'risk',
  vfmNote: 'vfmNote',
  vfmConcern: 'vfmNote',
  contractManagerPostId: 'contractManagerPostId',
  kpisSet: 'kpisSet',
  exempt: 'exempt',
  procurementStartedOn: 'procurementStartedOn',
  regime: 'regime',
  reason: 'reason',
};

export const contractServerFieldError = (error: unknown) => serverFieldError(error, apiFields);
