import { gritting, homeCare, importId, templateId } from '../spec-fixtures';
import { DEFAULT_TIER_RULES } from '../tier-rules';
import { contractRowsFrom, projectContractNotices, projectTierRules } from './contract-rows';

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

describe('projectContractNotices', () => {
  it('keeps the facts and the notices published of one contract, and ignores other events', () => {
    const contractId = '0190a000-0000-7000-8000-000000000101';
    const trigger = { triggerId: 't1', kind: 'breach' as const, occurredOn: '2026-11-20', description: 'Settlement' };
    const notice = { noticeId: 'n1', kind: 'performance_breach' as const, triggerId: 't1', publishedOn: '2026-12-08', reference: null };
    const afterTrigger = projectContractNotices(null, { type: 'ContractNoticeTriggerRecorded', data: { contractId, ...trigger } });
    expect(afterTrigger).toEqual({ triggers: [trigger], published: [] });
    expect(projectContractNotices(afterTrigger, { type: 'ContractNoticePublished', data: { contractId, ...notice } })).toEqual({
      triggers: [trigger],
      published: [notice],
    });
    expect(projectContractNotices(null, { type: 'ContractRemoved', data: { contractId } })).toBeNull();
  });
});
