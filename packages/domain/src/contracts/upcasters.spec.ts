import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { upcastWith } from '../shared/upcasting';
import { contractRegisterUpcasters } from './upcasters';
import type { ContractFields } from './contract-fields';
import { procurementActDuties } from './procurement-act';

const upcast = upcastWith(contractRegisterUpcasters);
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'events', name), 'utf8'));

describe('contract events recorded before the procurement was kept (v1)', () => {
  it('read with no procurement date and no regime, so their duties say "regime not recorded"', () => {
    const added = upcast(fixture('ContractAdded.v1.json')).data as ContractFields;
    expect(added).toMatchObject({ reference: 'ASC-001', procurementStartedOn: null, regime: null });
    expect(procurementActDuties(added, '2026-01-01')).toMatchObject({ applies: false, regime: 'not_recorded' });
    const batch = upcast(fixture('ContractsImportedBatch.v1.json')).data as { contracts: ContractFields[] };
    expect(batch.contracts.every((c) => c.procurementStartedOn === null && c.regime === null)).toBe(true);
  });

  it('read v2 as stored', () => {
    expect(upcast(fixture('ContractAdded.v2.json')).data).toMatchObject({ procurementStartedOn: '2025-02-24', regime: 'procurement_act_2023' });
  });
});
