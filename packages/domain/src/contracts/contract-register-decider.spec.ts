import { deciderSpec, meta } from '../testing';
import type { AddContract, RemoveContract, SetTierRules, UpdateContract } from './commands';
import type { ContractFields } from './contract-fields';
import { contractRegisterDecider } from './contract-register-decider';
import type { ContractAdded, TierRulesSet } from './events';
import { gritting, homeCare, knowns, otherContractId, postId, templateId } from './spec-fixtures';
import { DEFAULT_TIER_RULES, type TierRules } from './tier-rules';

const spec = deciderSpec(contractRegisterDecider);
const add = (contract: Partial<ContractFields> = {}, k = knowns): AddContract => ({
  type: 'AddContract',
  data: { contract: { ...homeCare, ...contract }, ...k },
  metadata: meta(),
});
const update = (contract: Partial<ContractFields> = {}): UpdateContract => ({
  type: 'UpdateContract',
  data: { contract: { ...homeCare, ...contract }, ...knowns },
  metadata: meta(),
});
const remove = (contractId = homeCare.contractId): RemoveContract => ({ type: 'RemoveContract', data: { contractId }, metadata: meta() });
const setRules = (rules: TierRules, fromTemplateId: string | null = null): SetTierRules => ({
  type: 'SetTierRules',
  data: { rules, fromTemplateId },
  metadata: meta(),
});
const added = (c: ContractFields = homeCare): ContractAdded => ({ type: 'ContractAdded', data: c });
const rulesSet = (rules: TierRules, fromTemplateId: string | null = null): TierRulesSet => ({
  type: 'TierRulesSet',
  data: { rules, fromTemplateId },
});

describe('when the register is empty', () => {
  it('adds a contract, trimming text', () => {
    spec
      .given([])
      .when(add({ title: ' Home care framework call-off ', reference: ' ASC-001' }))
      .then([added()]);
  });

  it('keeps an empty value-for-money note as null when there is no concern', () => {
    spec
      .given([])
      .when(add({ ...gritting, vfmNote: '  ' }))
      .then([added(gritting)]);
  });

  it('records when the procurement began and its regime, the Act refused for a procurement begun 2025-02-23', () => {
    spec
      .given([])
      .when(add({ procurementStartedOn: '2025-02-24', regime: 'procurement_act_2023' }))
      .then([added({ ...homeCare, procurementStartedOn: '2025-02-24', regime: 'procurement_act_2023' })]);
    spec
      .given([])
      .when(add({ procurementStartedOn: '2025-02-23', regime: 'procurement_act_2023' }))
      .thenThrows('REGIME_CONTRADICTS_PROCUREMENT_DATE');
    spec
      .given([])
      .when(add({ procurementStartedOn: '2025-04-02' }))
      .thenThrows('PROCUREMENT_STARTS_AFTER_CONTRACT');
  });

  it('validates text lengths: reference 1–40, title and supplier up to 200', () => {
    spec
      .given([])
      .when(add({ reference: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(add({ reference: 'R'.repeat(41) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(add({ title: 't'.repeat(201) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(add({ supplier: 's'.repeat(201) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(add({ reference: 'R'.repeat(40) }))
      .then([added({ ...homeCare, reference: 'R'.repeat(40) })]);
  });

  it('validates values in pence from £0 to £10bn', () => {
    spec
      .given([])
      .when(add({ annualValuePence: -1 }))
      .thenThrows('INVALID_MONEY');
    spec
      .given([])
      .when(add({ wholeLifeValuePence: 1_000_000_000_001 }))
      .thenThrows('INVALID_MONEY');
    spec
      .given([])
      .when(add({ annualValuePence: 10.5 }))
      .thenThrows('INVALID_MONEY');
  });

  it('refuses an end date before the start date, naming both dates', () => {
    const error = spec
      .given([])
      .when(add({ startDate: '2025-04-01', endDate: '2025-03-31' }))
      .thenThrows('CONTRACT_ENDS_BEFORE_START');
    expect(error.message).toBe('End date 2025-03-31 is before start date 2025-04-01: a contract must end on or after the day it starts.');
    spec
      .given([])
      .when(add({ startDate: '2025-04-01', endDate: '2025-04-01' }))
      .then([added({ ...homeCare, endDate: '2025-04-01' })]);
    spec
      .given([])
      .when(add({ startDate: '2025-02-29' }))
      .thenThrows('INVALID_DATE');
  });

  it('requires a value-for-money note (up to 2,000 characters) when there is a concern', () => {
    spec
      .given([])
      .when(add({ vfmConcern: true, vfmNote: null }))
      .thenThrows('VFM_NOTE_REQUIRED');
    spec
      .given([])
      .when(add({ vfmConcern: true, vfmNote: ' ' }))
      .thenThrows('VFM_NOTE_REQUIRED');
    spec
      .given([])
      .when(add({ vfmNote: 'n'.repeat(2001) }))
      .thenThrows('TEXT_TOO_LONG');
  });

  it('validates risk, KPI count (0–100), exemption and the concern flag', () => {
    spec
      .given([])
      .when(add({ risk: 'severe' as never }))
      .thenThrows('INVALID_RISK');
    spec
      .given([])
      .when(add({ kpisSet: 101 }))
      .thenThrows('INVALID_KPI_COUNT');
    spec
      .given([])
      .when(add({ kpisSet: -1 }))
      .thenThrows('INVALID_KPI_COUNT');
    spec
      .given([])
      .when(add({ exempt: 'utility' as never }))
      .thenThrows('INVALID_EXEMPTION');
    spec
      .given([])
      .when(add({ vfmConcern: 'yes' as never }))
      .thenThrows('INVALID_VFM_CONCERN');
    spec
      .given([])
      .when(add({ contractId: 'c-1' }))
      .thenThrows('INVALID_ID');
  });

  it('refuses an unknown service or post: SERVICE_NOT_FOUND, POST_NOT_FOUND', () => {
    spec
      .given([])
      .when(add({}, { ...knowns, knownServiceIds: [] }))
      .thenThrows('SERVICE_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([])
      .when(add({}, { ...knowns, knownPostIds: [] }))
      .thenThrows('POST_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([])
      .when(add({ contractManagerPostId: null }, { ...knowns, knownPostIds: [] }))
      .then([added({ ...homeCare, contractManagerPostId: null })]);
  });

  it('cannot update or remove a contract that is not there: CONTRACT_NOT_FOUND', () => {
    spec.given([]).when(update()).thenThrows('CONTRACT_NOT_FOUND', 'NOT_FOUND');
    spec.given([]).when(remove()).thenThrows('CONTRACT_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the register holds contracts', () => {
  const history = [added(), added(gritting)];

  it('refuses the same contract id twice: CONTRACT_ALREADY_EXISTS', () => {
    spec
      .given(history)
      .when(add({ reference: 'ASC-999' }))
      .thenThrows('CONTRACT_ALREADY_EXISTS', 'CONFLICT');
  });

  it('refuses a reference already used, ignoring case: CONTRACT_REFERENCE_TAKEN', () => {
    const error = spec
      .given(history)
      .when(add({ contractId: '0190a000-0000-7000-8000-000000000199', reference: 'asc-001' }))
      .thenThrows('CONTRACT_REFERENCE_TAKEN');
    expect(error.message).toContain('Home care framework call-off');
    spec
      .given(history)
      .when(update({ reference: 'hwy-007' }))
      .thenThrows('CONTRACT_REFERENCE_TAKEN');
  });

  it('updates a contract, keeping its own reference', () => {
    const changed = { ...homeCare, kpisSet: 4, reference: 'asc-001' };
    spec
      .given(history)
      .when(update({ kpisSet: 4, reference: 'asc-001' }))
      .then([{ type: 'ContractUpdated', data: changed }]);
  });

  it('records nothing when an update changes nothing', () => {
    spec
      .given(history)
      .when(update({ title: ` ${homeCare.title} ` }))
      .then([]);
  });

  it('removes a contract, freeing its reference', () => {
    spec
      .given(history)
      .when(remove(otherContractId))
      .then([{ type: 'ContractRemoved', data: { contractId: otherContractId } }]);
    spec
      .given([...history, { type: 'ContractRemoved', data: { contractId: otherContractId } }])
      .when(add({ ...gritting, contractId: '0190a000-0000-7000-8000-000000000199', contractManagerPostId: postId }))
      .then([added({ ...gritting, contractId: '0190a000-0000-7000-8000-000000000199', contractManagerPostId: postId })]);
  });
});

describe('when tier rules are set', () => {
  const twoBands: TierRules = {
    bands: [
      { tier: 'Strategic', minAnnualValuePence: 50_000_000, riskAtLeast: 'high' },
      { tier: 'Routine', minAnnualValuePence: 0, riskAtLeast: null },
    ],
  };

  it('records tier rules, trimming tier names, with the template they came from', () => {
    const untrimmed = { bands: twoBands.bands.map((b) => ({ ...b, tier: ` ${b.tier} ` })) };
    spec
      .given([])
      .when(setRules(untrimmed, templateId))
      .then([rulesSet(twoBands, templateId)]);
  });

  it('records nothing when the rules and source are unchanged, but records a change of source', () => {
    spec
      .given([rulesSet(DEFAULT_TIER_RULES)])
      .when(setRules(DEFAULT_TIER_RULES))
      .then([]);
    spec
      .given([rulesSet(DEFAULT_TIER_RULES)])
      .when(setRules(DEFAULT_TIER_RULES, templateId))
      .then([rulesSet(DEFAULT_TIER_RULES, templateId)]);
  });

  it('refuses invalid rules: INVALID_TIER_RULES', () => {
    spec
      .given([])
      .when(setRules({ bands: [] }))
      .thenThrows('INVALID_TIER_RULES');
    spec.given([]).when(setRules(twoBands, 'not-a-uuid')).thenThrows('INVALID_ID');
  });
});
