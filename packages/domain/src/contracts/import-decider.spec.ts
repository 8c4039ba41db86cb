import { deciderSpec, meta } from '../testing';
import type { ImportContracts } from './commands';
import type { ContractFields } from './contract-fields';
import { contractRegisterDecider } from './contract-register-decider';
import type { ContractRegisterEvent } from './events';
import type { ContractRow } from './import';
import { contractId, gritting, grittingRow, homeCare, homeCareRow, importId, knownPosts, knownServices, otherContractId } from './spec-fixtures';

const spec = deciderSpec(contractRegisterDecider);
const ids = { 'ASC-001': contractId, 'HWY-007': otherContractId };
const importRows = (rows: ContractRow[], data: Partial<ImportContracts['data']> = {}): ImportContracts => ({
  type: 'ImportContracts',
  data: { importId, fileName: 'contracts.xlsx', rows, contractIdsByReference: ids, knownServices, knownPosts, ...data },
  metadata: meta(),
});
const added = (c: ContractFields): ContractRegisterEvent => ({ type: 'ContractAdded', data: c });
const summary = (counts: { rowCount: number; created: number; updated: number; unchanged: number }, id = importId): ContractRegisterEvent => ({
  type: 'ContractsImported',
  data: { importId: id, fileName: 'contracts.xlsx', ...counts },
});
const batch = (contracts: ContractFields[]): ContractRegisterEvent => ({ type: 'ContractsImportedBatch', data: { importId, contracts } });

describe('when a sheet is imported into an empty register', () => {
  it('creates every contract: a summary, then the contracts in a batch', () => {
    spec
      .given([])
      .when(importRows([homeCareRow, grittingRow]))
      .then([summary({ rowCount: 2, created: 2, updated: 0, unchanged: 0 }), batch([homeCare, gritting])]);
  });

  it('splits more than 250 changed contracts into batches of at most 250', () => {
    const rows = Array.from({ length: 251 }, (_, i) => ({ ...grittingRow, row: i + 2, reference: `R-${i}` }));
    const idsByRef = Object.fromEntries(rows.map((r, i) => [r.reference, `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`]));
    const events = contractRegisterDecider.decide(importRows(rows, { contractIdsByReference: idsByRef }), contractRegisterDecider.initialState);
    expect(events.map((e) => e.type)).toEqual(['ContractsImported', 'ContractsImportedBatch', 'ContractsImportedBatch']);
    const batches = events.slice(1) as Extract<ContractRegisterEvent, { type: 'ContractsImportedBatch' }>[];
    expect(batches.map((b) => b.data.contracts.length)).toEqual([250, 1]);
    expect(batches[1].data.contracts[0]).toMatchObject({ reference: 'R-250', contractId: '0190a000-0000-7000-8000-000000000250' });
  });

  it('rejects the whole sheet when any row has a problem: IMPORT_REJECTED, with every problem in details', () => {
    const error = spec
      .given([])
      .when(
        importRows([{ ...homeCareRow, risk: 'severe' }, grittingRow, { ...grittingRow, row: 4, reference: 'HWY-008', endDate: '01/01/2020', kpisSet: 'x' }]),
      )
      .thenThrows('IMPORT_REJECTED', 'BAD_USER_INPUT');
    expect(error.message).toBe('2 rows have problems; nothing was imported. Fix them and import the sheet again.');
    expect((error.details.problems as { row: number; column: string }[]).map((p) => [p.row, p.column])).toEqual([
      [2, 'risk'],
      [4, 'endDate'],
      [4, 'kpisSet'],
    ]);
  });

  it('says "1 row has problems" for one row', () => {
    const error = spec
      .given([])
      .when(importRows([{ ...homeCareRow, risk: '' }]))
      .thenThrows('IMPORT_REJECTED');
    expect(error.message).toBe('1 row has problems; nothing was imported. Fix them and import the sheet again.');
  });

  it('refuses an empty sheet, too many rows, and a missing file name', () => {
    spec.given([]).when(importRows([])).thenThrows('IMPORT_EMPTY');
    spec
      .given([])
      .when(importRows(Array.from({ length: 5001 }, () => grittingRow)))
      .thenThrows('IMPORT_TOO_LARGE');
    spec
      .given([])
      .when(importRows([homeCareRow], { fileName: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(importRows([homeCareRow], { importId: 'import-1' }))
      .thenThrows('INVALID_ID');
  });

  it('needs an id for each new reference: IMPORT_CONTRACT_ID_MISSING', () => {
    spec
      .given([])
      .when(importRows([homeCareRow], { contractIdsByReference: {} }))
      .thenThrows('IMPORT_CONTRACT_ID_MISSING');
  });
});

describe('when the sheet is imported again', () => {
  const secondImportId = '0190a000-0000-7000-8000-000000000302';
  const history: ContractRegisterEvent[] = [added(homeCare), added(gritting)];

  it('updates by reference, ignoring case, keeping the ids already in the register', () => {
    const newIds = { 'ASC-001': '0190a000-0000-7000-8000-000000000999', 'HWY-007': '0190a000-0000-7000-8000-000000000998' };
    const changed = { ...gritting, reference: 'hwy-007', kpisSet: 2 };
    spec
      .given(history)
      .when(importRows([homeCareRow, { ...grittingRow, reference: 'hwy-007', kpisSet: '2' }], { importId: secondImportId, contractIdsByReference: newIds }))
      .then([
        summary({ rowCount: 2, created: 0, updated: 1, unchanged: 1 }, secondImportId),
        { type: 'ContractsImportedBatch', data: { importId: secondImportId, contracts: [changed] } },
      ]);
  });

  it('records the import even when nothing changed, and leaves contracts missing from the sheet alone', () => {
    spec
      .given(history)
      .when(importRows([homeCareRow]))
      .then([summary({ rowCount: 1, created: 0, updated: 0, unchanged: 1 })]);
  });

  it('refuses to record the same import twice: IMPORT_ALREADY_RECORDED', () => {
    spec
      .given([...history, summary({ rowCount: 1, created: 0, updated: 0, unchanged: 1 })])
      .when(importRows([homeCareRow]))
      .thenThrows('IMPORT_ALREADY_RECORDED', 'CONFLICT');
  });

  it('refuses a new reference whose supplied id already belongs to another contract', () => {
    spec
      .given(history)
      .when(importRows([{ ...homeCareRow, reference: 'ASC-002' }], { contractIdsByReference: { 'ASC-002': otherContractId } }))
      .thenThrows('IMPORT_CONTRACT_ID_MISSING');
  });

  it('folds imported batches into the register so later commands see them', () => {
    const state = [summary({ rowCount: 2, created: 2, updated: 0, unchanged: 0 }), batch([homeCare, gritting])].reduce(
      contractRegisterDecider.evolve,
      contractRegisterDecider.initialState,
    );
    expect(Object.keys(state.contracts)).toEqual([contractId, otherContractId]);
    expect(state.importIds).toEqual([importId]);
  });
});
