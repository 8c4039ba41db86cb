import { gritting, homeCare, importId, templateId } from '../spec-fixtures';
import { DEFAULT_TIER_RULES } from '../tier-rules';
import { contractRowsFrom, projectTierRules } from './contract-rows';

describe('contractRowsFrom', () => {
  it('upserts added, updated and imported contracts and deletes removed ones', () => {
    expect(contractRowsFrom({ type: 'ContractAdded', data: homeCare })).toEqual([{ contractId: homeCare.contractId, row: homeCare }]);
    expect(contractRowsFrom({ type: 'ContractUpdated', data: gritting })).toEqual([{ contractId: gritting.contractId, row: gritting }]);
    expect(contractRowsFrom({ type: 'ContractRemoved', data: { contractId: homeCare.contractId } })).toEqual([{ contractId: homeCare.contractId, row: null }]);
    expect(contractRowsFrom({ type: 'ContractsImportedBatch', data: { importId, contracts: [homeCare, gritting] } })).toEqual([
      { contractId: homeCare.contractId, row: homeCare },
      { contractId: gritting.contractId, row: gritting },
    ]);
  });

  it('gives no rows for the import summary or tier rules', () => {
    expect(contractRowsFrom({ type: 'ContractsImported', data: { importId, fileName: 'a.xlsx', rowCount: 1, created: 1, updated: 0, unchanged: 0 } })).toEqual(
      [],
    );
    expect(contractRowsFrom({ type: 'TierRulesSet', data: { rules: DEFAULT_TIER_RULES, fromTemplateId: null } })).toEqual([]);
  });
});

describe('projectTierRules', () => {
  it('takes the latest rules and their template, and ignores contract events', () => {
    const row = projectTierRules(null, { type: 'TierRulesSet', data: { rules: DEFAULT_TIER_RULES, fromTemplateId: templateId } });
    expect(row).toEqual({ rules: DEFAULT_TIER_RULES, fromTemplateId: templateId });
    expect(projectTierRules(row, { type: 'ContractAdded', data: homeCare })).toBe(row);
    expect(projectTierRules(null, { type: 'ContractAdded', data: homeCare })).toBeNull();
  });
});
