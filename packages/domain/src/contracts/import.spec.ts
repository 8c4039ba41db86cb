import { parseContractRows, type ContractRow, type ContractRowColumn } from './import';
import { contractId, gritting, grittingRow, homeCare, homeCareRow, knownPosts, knownServices, otherContractId } from './spec-fixtures';

const ctx = { contractIdsByReference: { 'ASC-001': contractId, 'HWY-007': otherContractId }, knownServices, knownPosts };
const parseOne = (cells: Partial<ContractRow>) => parseContractRows([{ ...homeCareRow, ...cells }], ctx);

describe('parseContractRows', () => {
  it('reads a sheet into contracts: UK and ISO dates, money with and without £ and commas, loose case', () => {
    expect(parseContractRows([homeCareRow, grittingRow], ctx)).toEqual({ contracts: [homeCare, gritting], problems: [] });
  });

  it.each<[string, string, number]>([
    ['annualValue', '£1,200,000.00', 120_000_000],
    ['annualValue', '1200000', 120_000_000],
    ['annualValue', ' £ 1200000.5 ', 120_000_050],
    ['annualValue', '0.07', 7],
    ['annualValue', '£0', 0],
    ['annualValue', '10,000,000,000.00', 1_000_000_000_000],
    ['wholeLifeValue', '£5,000,000.01', 500_000_001],
  ])('reads %s %p as %p pence exactly', (column, value, pence) => {
    const key = column === 'annualValue' ? 'annualValuePence' : 'wholeLifeValuePence';
    expect(parseOne({ [column]: value }).contracts[0][key]).toBe(pence);
  });

  it.each<[string, string]>([
    ['01/04/2025', '2025-04-01'],
    ['1/4/2025', '2025-04-01'],
    ['29/02/2024', '2024-02-29'],
    ['2025-04-01', '2025-04-01'],
  ])('reads the start date %p as %p (day first)', (value, date) => {
    expect(parseOne({ startDate: value, procurementStartedOn: '' }).contracts[0].startDate).toBe(date);
  });

  it.each<[Partial<ContractRow>, Partial<typeof homeCare>]>([
    [{ risk: 'MEDIUM' }, { risk: 'medium' }],
    [{ vfmConcern: 'Y' }, { vfmConcern: true }],
    [
      { vfmConcern: '', vfmNote: '' },
      { vfmConcern: false, vfmNote: null },
    ],
    [{ contractManagerPost: '' }, { contractManagerPostId: null }],
    [{ kpisSet: '' }, { kpisSet: 0 }],
    [{ exempt: 'Light touch' }, { exempt: 'light_touch' }],
    [{ exempt: 'NOT-MEASURABLE' }, { exempt: 'not_measurable' }],
    [{ exempt: 'none' }, { exempt: null }],
    [{ service: '  adult   social care ' }, { serviceId: homeCare.serviceId }],
    [{ procurementStartedOn: '2025-02-24' }, { procurementStartedOn: '2025-02-24' }],
    [{ procurementStartedOn: '' }, { procurementStartedOn: null }],
    [{ regime: 'PCR 2015' }, { regime: 'pcr_2015' }],
    [{ regime: 'Procurement Act 2023' }, { regime: 'procurement_act_2023' }],
    [{ regime: 'not recorded' }, { regime: null }],
  ])('reads %p as %p', (cells, expected) => {
    expect(parseOne(cells)).toEqual({ contracts: [{ ...homeCare, ...expected }], problems: [] });
  });

  it.each<[Partial<ContractRow>, ContractRowColumn, RegExp]>([
    [{ reference: '' }, 'reference', /^Reference is required/],
    [{ title: 't'.repeat(201) }, 'title', /^Title is too long/],
    [{ supplier: ' ' }, 'supplier', /^Supplier is required/],
    [{ service: 'Libraries' }, 'service', /No service of this council is called "Libraries"/],
    [{ annualValue: '1.2m' }, 'annualValue', /^Expected an amount in pounds/],
    [{ annualValue: '-100' }, 'annualValue', /^Expected an amount in pounds/],
    [{ annualValue: '1,20,000' }, 'annualValue', /^Expected an amount in pounds/],
    [{ annualValue: '1.234' }, 'annualValue', /^Expected an amount in pounds/],
    [{ annualValue: '10000000000.01' }, 'annualValue', /^Annual value must be at most £10,000,000,000.00/],
    [{ wholeLifeValue: '999999999999999999' }, 'wholeLifeValue', /^Whole life value must be at most/],
    [{ startDate: '04/31/2025' }, 'startDate', /^Expected a date written YYYY-MM-DD or DD\/MM\/YYYY/],
    [{ startDate: '2025-02-29' }, 'startDate', /^Expected a date/],
    [{ endDate: '31/03/2025' }, 'endDate', /^End date 2025-03-31 is before start date 2025-04-01/],
    [{ risk: 'severe' }, 'risk', /^Expected low, medium or high/],
    [{ vfmConcern: 'maybe' }, 'vfmConcern', /^Expected yes or no/],
    [{ vfmNote: '' }, 'vfmNote', /^Value-for-money note is required/],
    [{ contractManagerPost: 'CM-999' }, 'contractManagerPost', /reference "CM-999"/],
    [{ kpisSet: 'three' }, 'kpisSet', /^Expected a whole number of KPIs/],
    [{ kpisSet: '101' }, 'kpisSet', /^KPIs set must be a whole number from 0 to 100/],
    [{ exempt: 'utility' }, 'exempt', /^Expected empty, framework/],
    [{ procurementStartedOn: 'last spring' }, 'procurementStartedOn', /^Expected a date/],
    [{ procurementStartedOn: '2025-04-02' }, 'procurementStartedOn', /^Procurement start 2025-04-02 is after the contract start 2025-04-01/],
    [{ regime: 'EU directive' }, 'regime', /^Expected empty, Procurement Act 2023 or PCR 2015/],
    [{ procurementStartedOn: '2025-02-23', regime: 'PA 2023' }, 'regime', /before 2025-02-24, is not under the Procurement Act 2023/],
  ])('reports %p as a problem on %s', (cells, column, reason) => {
    const { contracts, problems } = parseOne(cells);
    expect(contracts).toEqual([]);
    expect(problems).toEqual([{ row: 2, column, value: { ...homeCareRow, ...cells }[column] ?? '', reason: expect.stringMatching(reason) }]);
  });

  it('reports a duplicate reference, ignoring case, on the later row', () => {
    const { contracts, problems } = parseContractRows([homeCareRow, { ...grittingRow, reference: 'asc-001' }], ctx);
    expect(contracts).toEqual([homeCare]);
    expect(problems).toEqual([{ row: 3, column: 'reference', value: 'asc-001', reason: 'Reference asc-001 is also on row 2; each contract may appear once.' }]);
  });

  it('reports every problem in a row, not just the first', () => {
    const { problems } = parseOne({ risk: '', startDate: 'soon', kpisSet: '-1' });
    expect(problems.map((p) => p.column)).toEqual(['startDate', 'risk', 'kpisSet']);
  });

  it('leaves the id empty for a reference with no id supplied; the decider decides', () => {
    expect(parseContractRows([homeCareRow], { ...ctx, contractIdsByReference: {} }).contracts[0].contractId).toBe('');
  });
});
