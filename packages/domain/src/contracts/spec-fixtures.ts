// Shared builders for the contract-register specs (plain data; no jest).
import type { ContractFields } from './contract-fields';
import type { ContractRow } from './import';

export const serviceId = '0190a000-0000-7000-8000-0000000000d1';
export const otherServiceId = '0190a000-0000-7000-8000-0000000000d2';
export const postId = '0190a000-0000-7000-8000-0000000000e1';
export const contractId = '0190a000-0000-7000-8000-000000000101';
export const otherContractId = '0190a000-0000-7000-8000-000000000102';
export const templateId = '0190a000-0000-7000-8000-000000000201';
export const importId = '0190a000-0000-7000-8000-000000000301';

export const knowns = { knownServiceIds: [serviceId, otherServiceId], knownPostIds: [postId] };
export const knownServices = [
  { serviceId, name: 'Adult Social Care' },
  { serviceId: otherServiceId, name: 'Highways' },
];
export const knownPosts = [{ postId, reference: 'CM-001' }];

export const homeCare: ContractFields = {
  contractId,
  reference: 'ASC-001',
  title: 'Home care framework call-off',
  supplier: 'Caring Hands Ltd',
  serviceId,
  annualValuePence: 120_000_000,
  wholeLifeValuePence: 600_000_000,
  startDate: '2025-04-01',
  endDate: '2030-03-31',
  risk: 'high',
  vfmConcern: true,
  vfmNote: 'Unit costs 12% above regional benchmark.',
  contractManagerPostId: postId,
  kpisSet: 3,
  exempt: null,
  procurementStartedOn: '2025-03-03',
  regime: null,
};

export const gritting: ContractFields = {
  contractId: otherContractId,
  reference: 'HWY-007',
  title: 'Winter gritting',
  supplier: 'Roadsafe plc',
  serviceId: otherServiceId,
  annualValuePence: 20_000_000,
  wholeLifeValuePence: 60_000_000,
  startDate: '2024-10-01',
  endDate: '2027-09-30',
  risk: 'low',
  vfmConcern: false,
  vfmNote: null,
  contractManagerPostId: null,
  kpisSet: 0,
  exempt: null,
  procurementStartedOn: null,
  regime: null,
};

// The sheet row that reads as `homeCare`.
export const homeCareRow: ContractRow = {
  row: 2,
  reference: 'ASC-001',
  title: 'Home care framework call-off',
  supplier: 'Caring Hands Ltd',
  service: 'Adult Social Care',
  annualValue: '£1,200,000.00',
  wholeLifeValue: '6000000',
  startDate: '01/04/2025',
  endDate: '2030-03-31',
  risk: 'High',
  vfmConcern: 'yes',
  vfmNote: 'Unit costs 12% above regional benchmark.',
  contractManagerPost: 'cm-001',
  kpisSet: '3',
  exempt: '',
  procurementStartedOn: '03/03/2025',
};

export const grittingRow: ContractRow = {
  row: 3,
  reference: 'HWY-007',
  title: 'Winter gritting',
  supplier: 'Roadsafe plc',
  service: 'highways',
  annualValue: '200000',
  wholeLifeValue: '£600,000',
  startDate: '2024-10-01',
  endDate: '30/09/2027',
  risk: 'low',
  vfmConcern: 'No',
  vfmNote: '',
  contractManagerPost: '',
  kpisSet: '',
  exempt: '',
};
