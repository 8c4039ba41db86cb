import { invalid } from './errors';
import { requireCivilDate, type CivilDate } from '../shared/values';

// The regime a contract was procured and is managed under. A procurement begun before the Act came
// into force stays under the Public Contracts Regulations 2015 for the life of the contract.
export const PROCUREMENT_REGIMES = ['procurement_act_2023', 'pcr_2015'] as const;
export type ProcurementRegime = (typeof PROCUREMENT_REGIMES)[number];
export type ContractRegime = ProcurementRegime | 'not_recorded';

export type ProcurementRegimeRule = { actAppliesFrom: CivilDate; source: string };

export const PROCUREMENT_REGIME_RULE: ProcurementRegimeRule = {
  actAppliesFrom: '2025-02-24',
  source:
    'Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024 (SI 2024/716) reg. 2 and reg. 5, ' +
    'the date as amended by SI 2024/959: procurements begun before 24 February 2025, and contracts awarded under them, stay under the Public Contracts Regulations 2015',
};

export const REGIME_NAME: Record<ProcurementRegime, string> = {
  procurement_act_2023: 'the Procurement Act 2023',
  pcr_2015: 'the Public Contracts Regulations 2015',
};

export type RegimeFacts = { procurementStartedOn: CivilDate | null; regime: ProcurementRegime | null };
export type RegimeView = { regime: ContractRegime; reason: string };

// A regime recorded outright wins (a call-off procured today under a framework concluded under the
// 2015 Regulations stays under them); otherwise the procurement's start date decides. Never the
// contract's start date: a contract procured in 2024 may start in 2026 and still be under PCR 2015.
export const contractRegimeOf = (c: RegimeFacts, rule: ProcurementRegimeRule = PROCUREMENT_REGIME_RULE): RegimeView => {
  if (c.regime) return { regime: c.regime, reason: `Recorded as procured under ${REGIME_NAME[c.regime]}.` };
  if (!c.procurementStartedOn) {
    return { regime: 'not_recorded', reason: 'Regime not recorded: record when the procurement began, or its regime, to know which duties apply.' };
  }
  const act = c.procurementStartedOn >= rule.actAppliesFrom;
  const regime: ProcurementRegime = act ? 'procurement_act_2023' : 'pcr_2015';
  const when = act ? 'on or after' : 'before';
  return {
    regime,
    reason: `The procurement began on ${c.procurementStartedOn}, ${when} ${rule.actAppliesFrom}, so it is under ${REGIME_NAME[regime]} (${rule.source}).`,
  };
};

export const regimeFieldRules = {
  procurementStartedOn: (v: unknown): CivilDate | null => (v === null || v === undefined || v === '' ? null : requireCivilDate('procurementStartedOn', v)),
  regime: (v: unknown): ProcurementRegime | null => {
    if (v === null || v === undefined) return null;
    if (PROCUREMENT_REGIMES.includes(v as ProcurementRegime)) return v as ProcurementRegime;
    throw invalid('INVALID_PROCUREMENT_REGIME', `Regime must be empty, procurement_act_2023 or pcr_2015; got ${JSON.stringify(v)}.`, { field: 'regime' });
  },
};

// A procurement begins before its contract starts, and the Act cannot govern one begun before it applied.
export const requireRegimeConsistent = (c: RegimeFacts & { startDate: CivilDate }, rule: ProcurementRegimeRule = PROCUREMENT_REGIME_RULE): void => {
  if (c.procurementStartedOn && c.procurementStartedOn > c.startDate) {
    throw invalid(
      'PROCUREMENT_STARTS_AFTER_CONTRACT',
      `Procurement start ${c.procurementStartedOn} is after the contract start ${c.startDate}: a contract is procured before it starts.`,
      { field: 'procurementStartedOn' },
    );
  }
  if (c.regime === 'procurement_act_2023' && c.procurementStartedOn && c.procurementStartedOn < rule.actAppliesFrom) {
    throw invalid(
      'REGIME_CONTRADICTS_PROCUREMENT_DATE',
      `A procurement begun on ${c.procurementStartedOn}, before ${rule.actAppliesFrom}, is not under the Procurement Act 2023: choose PCR 2015 or correct the date.`,
      { field: 'regime' },
    );
  }
};
