import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/graphql';
import type { TargetContract } from '../api/contracts.queries';
import { contractFormValuesOf, contractServerFieldError, emptyContractForm, readContractForm, type ContractFormValues } from './contract-form-values';

const filled: ContractFormValues = {
  ...emptyContractForm,
  reference: ' LIB-C001 ',
  title: 'Library book supply',
  supplier: 'Askews and Holts',
  serviceId: 'svc-1',
  annualValue: '£1,200,000.10',
  wholeLifeValue: '6000000',
  startDate: { day: '1', month: '4', year: '2026' },
  endDate: { day: '31', month: '3', year: '2031' },
  risk: 'HIGH',
  kpisSet: '3',
  contractManagerPostId: 'post-1',
};

describe('readContractForm', () => {
  it('turns pounds into whole pence and the date boxes into YYYY-MM-DD, exactly', () => {
    expect(readContractForm(filled)).toEqual({
      fields: {
        reference: 'LIB-C001',
        title: 'Library book supply',
        supplier: 'Askews and Holts',
        serviceId: 'svc-1',
        annualValuePence: 120_000_010,
        wholeLifeValuePence: 600_000_000,
        startDate: '2026-04-01',
        endDate: '2031-03-31',
        risk: 'HIGH',
        vfmConcern: false,
        vfmNote: null,
        contractManagerPostId: 'post-1',
        kpisSet: 3,
        exempt: null,
        procurementStartedOn: null,
        regime: null,
      },
    });
  });

  it('reads the optional procurement start date and regime, refusing a procurement begun after the contract starts', () => {
    const procured = { ...filled, procurementStartedOn: { day: '24', month: '2', year: '2025' }, regime: 'PCR_2015' as const };
    expect(readContractForm(procured).fields).toMatchObject({ procurementStartedOn: '2025-02-24', regime: 'PCR_2015' });
    expect(readContractForm({ ...filled, procurementStartedOn: { day: '2', month: '4', year: '2026' } }).errors).toEqual({
      procurementStartedOn: 'The procurement start date must be the same as or before the contract start date',
    });
    expect(readContractForm({ ...filled, procurementStartedOn: { day: '24', month: '', year: '2025' } }).errors).toEqual({
      procurementStartedOn: 'The procurement start date must include a month',
    });
  });

  it('lists every problem at once', () => {
    expect(readContractForm({ ...emptyContractForm, kpisSet: 'three', startDate: { day: '31', month: '2', year: '2026' } }).errors).toEqual({
      reference: 'Enter the contract reference',
      title: 'Enter the contract title',
      supplier: 'Enter the supplier',
      serviceId: 'Select the service the contract belongs to',
      annualValue: 'Enter the annual value, such as 1,200,000.00',
      wholeLifeValue: 'Enter the whole-life value, such as 6,000,000.00',
      startDate: 'The start date must be a real date, such as 1 4 2026',
      endDate: 'Enter the end date',
      risk: 'Select the contract’s risk',
      kpisSet: 'KPIs set must be a whole number from 0 to 100',
    });
  });

  it('refuses a contract that ends before it starts, and allows one that ends the day it starts', () => {
    const errors = readContractForm({ ...filled, endDate: { day: '31', month: '3', year: '2026' } }).errors;
    expect(errors).toEqual({ endDate: 'The end date must be the same as or after the start date' });
    expect(readContractForm({ ...filled, endDate: { day: '1', month: '4', year: '2026' } }).fields?.endDate).toBe('2026-04-01');
  });

  it('needs a note when there is a value-for-money concern, and drops it when there is none', () => {
    expect(readContractForm({ ...filled, vfmConcern: true, vfmNote: '  ' }).errors).toEqual({ vfmNote: 'Enter the value-for-money concern' });
    expect(readContractForm({ ...filled, vfmConcern: true, vfmNote: ' Rates 14% over CPI ' }).fields).toMatchObject({
      vfmConcern: true,
      vfmNote: 'Rates 14% over CPI',
    });
    expect(readContractForm({ ...filled, vfmConcern: false, vfmNote: 'Old note' }).fields).toMatchObject({ vfmConcern: false, vfmNote: null });
  });

  it('keeps an exemption and treats an empty KPI count as none', () => {
    expect(readContractForm({ ...filled, exempt: 'FRAMEWORK', kpisSet: '' }).fields).toMatchObject({ exempt: 'FRAMEWORK', kpisSet: 0 });
    expect(readContractForm({ ...filled, kpisSet: '101' }).errors).toEqual({ kpisSet: 'KPIs set must be a whole number from 0 to 100' });
  });

  it('fills the form back from a contract exactly', () => {
    const contract = {
      reference: 'HWY-C001',
      title: 'Term maintenance',
      supplier: 'Pennine',
      serviceId: 'svc-1',
      annualValuePence: 840_000_001,
      wholeLifeValuePence: 5_880_000_000,
      startDate: '2025-04-01',
      endDate: '2032-02-29',
      risk: 'HIGH',
      vfmConcern: true,
      vfmNote: 'Uplift',
      contractManagerPostId: null,
      kpisSet: 2,
      exempt: 'LIGHT_TOUCH',
    } as TargetContract;
    const values = contractFormValuesOf(contract);
    expect(values).toMatchObject({
      annualValue: '8,400,000.01',
      wholeLifeValue: '58,800,000.00',
      startDate: { day: '1', month: '4', year: '2025' },
      contractManagerPostId: '',
    });
    expect(readContractForm(values).fields).toMatchObject({
      annualValuePence: 840_000_001,
      wholeLifeValuePence: 5_880_000_000,
      startDate: '2025-04-01',
      endDate: '2032-02-29',
      vfmNote: 'Uplift',
      exempt: 'LIGHT_TOUCH',
      contractManagerPostId: null,
    });
  });
});

describe('contractServerFieldError', () => {
  it('puts the API message against the field it names', () => {
    const error = new ApiError('BAD_USER_INPUT', 'End date 2025-03-31 is before start date 2026-04-01', 'CONTRACT_ENDS_BEFORE_START', { field: 'endDate' });
    expect(contractServerFieldError(error)).toEqual({ field: 'endDate', message: 'End date 2025-03-31 is before start date 2026-04-01' });
    expect(contractServerFieldError(new ApiError('BAD_USER_INPUT', 'Too big', 'INVALID_MONEY', { field: 'annualValue' }))?.field).toBe('annualValue');
    expect(contractServerFieldError(new ApiError('CONFLICT', 'Changed'))).toBeNull();
  });
});
