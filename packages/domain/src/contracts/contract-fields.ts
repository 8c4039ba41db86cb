import { invalid, notFound } from './errors';
import { requireCivilDate, requireId, requirePence, requireText, type CivilDate, type Money } from '../shared/values';
import { regimeFieldRules, requireRegimeConsistent, type ProcurementRegime } from './procurement-regime';

export const CONTRACT_RISKS = ['low', 'medium', 'high'] as const;
export type ContractRisk = (typeof CONTRACT_RISKS)[number];
export const contractRiskRank = (risk: ContractRisk): number => CONTRACT_RISKS.indexOf(risk);

// Procurement Act 2023 s.52(3)–(4): frameworks, concessions, light-touch contracts, and contracts whose
// performance cannot sensibly be measured by KPIs need no KPIs.
export const CONTRACT_EXEMPTIONS = ['framework', 'concession', 'light_touch', 'not_measurable'] as const;
export type ContractExemption = (typeof CONTRACT_EXEMPTIONS)[number];

export type ContractFields = {
  contractId: string;
  reference: string;
  title: string;
  supplier: string;
  serviceId: string;
  annualValuePence: Money;
  wholeLifeValuePence: Money;
  startDate: CivilDate;
  endDate: CivilDate;
  risk: ContractRisk;
  vfmConcern: boolean;
  vfmNote: string | null;
  contractManagerPostId: string | null;
  kpisSet: number;
  exempt: ContractExemption | null;
  // Since v2 of the contract events; null on contracts recorded before (regime not recorded).
  procurementStartedOn: CivilDate | null;
  regime: ProcurementRegime | null;
};

export const MAX_CONTRACT_REFERENCE = 40;
export const MAX_CONTRACT_TITLE = 200;
export const MAX_SUPPLIER_NAME = 200;
export const MAX_VFM_NOTE = 2000;
export const MAX_KPIS = 100;

// One rule per field, each throwing a DomainError whose message names the field; the sheet import
// runs the same rules cell by cell and reports the messages as problems.
export const contractFieldRules = {
  reference: (v: unknown) => requireText('reference', v, { max: MAX_CONTRACT_REFERENCE }),
  title: (v: unknown) => requireText('title', v, { max: MAX_CONTRACT_TITLE }),
  supplier: (v: unknown) => requireText('supplier', v, { max: MAX_SUPPLIER_NAME }),
  annualValuePence: (v: unknown) => requirePence('annualValue', v),
  wholeLifeValuePence: (v: unknown) => requirePence('wholeLifeValue', v),
  startDate: (v: unknown) => requireCivilDate('startDate', v),
  endDate: (v: unknown) => requireCivilDate('endDate', v),
  risk: (v: unknown): ContractRisk => {
    if (CONTRACT_RISKS.includes(v as ContractRisk)) return v as ContractRisk;
    throw invalid('INVALID_RISK', `Risk must be low, medium or high; got ${JSON.stringify(v) ?? 'nothing'}.`, { field: 'risk' });
  },
  kpisSet: (v: unknown) => {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_KPIS) return v;
    throw invalid('INVALID_KPI_COUNT', `KPIs set must be a whole number from 0 to ${MAX_KPIS}; got ${JSON.stringify(v) ?? 'nothing'}.`, {
      field: 'kpisSet',
    });
  },
  exempt: (v: unknown): ContractExemption | null => {
    if (v === null || v === undefined) return null;
    if (CONTRACT_EXEMPTIONS.includes(v as ContractExemption)) return v as ContractExemption;
    throw invalid('INVALID_EXEMPTION', `Exemption must be empty or one of framework, concession, light_touch, not_measurable; got ${JSON.stringify(v)}.`, {
      field: 'exempt',
    });
  },
};

export const requireEndOnOrAfterStart = (startDate: CivilDate, endDate: CivilDate): void => {
  if (endDate < startDate) {
    throw invalid('CONTRACT_ENDS_BEFORE_START', `End date ${endDate} is before start date ${startDate}: a contract must end on or after the day it starts.`, {
      field: 'endDate',
      startDate,
      endDate,
    });
  }
};

// A note explaining the concern is required when there is one; without a concern a note is optional.
export const requireVfmNote = (vfmConcern: boolean, note: unknown): string | null => {
  const text = typeof note === 'string' ? note.trim() : '';
  if (vfmConcern && text === '') {
    throw invalid(
      'VFM_NOTE_REQUIRED',
      'Value-for-money note is required when there is a value-for-money concern: say what the concern is (up to 2,000 characters).',
      { field: 'vfmNote' },
    );
  }
  return text === '' ? null : requireText('vfmNote', text, { max: MAX_VFM_NOTE });
};

export type ContractKnowns = { knownServiceIds: string[]; knownPostIds: string[] };

export const validateContractFields = (c: ContractFields, { knownServiceIds, knownPostIds }: ContractKnowns): ContractFields => {
  const contractId = requireId('contractId', c.contractId);
  const reference = contractFieldRules.reference(c.reference);
  const title = contractFieldRules.title(c.title);
  const supplier = contractFieldRules.supplier(c.supplier);
  if (!knownServiceIds.includes(c.serviceId)) {
    throw notFound('SERVICE_NOT_FOUND', 'The service for this contract does not exist in this council: choose one of its services.', {
      field: 'serviceId',
      serviceId: c.serviceId,
    });
  }
  const annualValuePence = contractFieldRules.annualValuePence(c.annualValuePence);
  const wholeLifeValuePence = contractFieldRules.wholeLifeValuePence(c.wholeLifeValuePence);
  const startDate = contractFieldRules.startDate(c.startDate);
  const endDate = contractFieldRules.endDate(c.endDate);
  requireEndOnOrAfterStart(startDate, endDate);
  const risk = contractFieldRules.risk(c.risk);
  if (typeof c.vfmConcern !== 'boolean') {
    throw invalid('INVALID_VFM_CONCERN', 'Value-for-money concern must be yes or no.', { field: 'vfmConcern' });
  }
  const vfmNote = requireVfmNote(c.vfmConcern, c.vfmNote);
  const contractManagerPostId = c.contractManagerPostId === '' ? null : (c.contractManagerPostId ?? null);
  if (contractManagerPostId !== null && !knownPostIds.includes(contractManagerPostId)) {
    throw notFound('POST_NOT_FOUND', 'The contract manager post does not exist in the establishment: choose an existing post or none.', {
      field: 'contractManagerPostId',
      postId: contractManagerPostId,
    });
  }
  const kpisSet = contractFieldRules.kpisSet(c.kpisSet);
  const exempt = contractFieldRules.exempt(c.exempt);
  const procurementStartedOn = regimeFieldRules.procurementStartedOn(c.procurementStartedOn);
  const regime = regimeFieldRules.regime(c.regime);
  requireRegimeConsistent({ procurementStartedOn, regime, startDate });
  const { serviceId, vfmConcern } = c;
  return {
    contractId,
    reference,
    title,
    supplier,
    serviceId,
    annualValuePence,
    wholeLifeValuePence,
    startDate,
    endDate,
    risk,
    vfmConcern,
    vfmNote,
    contractManagerPostId,
    kpisSet,
    exempt,
    procurementStartedOn,
    regime,
  };
};

export const CONTRACT_FIELD_NAMES: (keyof ContractFields)[] = [
  'contractId',
  'reference',
  'title',
  'supplier',
  'serviceId',
  'annualValuePence',
  'wholeLifeValuePence',
  'startDate',
  'endDate',
  'risk',
  'vfmConcern',
  'vfmNote',
  'contractManagerPostId',
  'kpisSet',
  'exempt',
  'procurementStartedOn',
  'regime',
];
export const sameContractFields = (a: ContractFields, b: ContractFields): boolean => CONTRACT_FIELD_NAMES.every((k) => a[k] === b[k]);

// References are unique per register regardless of case: "ASC-001" and "asc-001" are one contract.
export const contractReferenceKey = (reference: string): string => reference.trim().toUpperCase();
