import * as domain from '../index';
import { costingErrorCodes } from './errors';

describe('the costing public API', () => {
  it('exports the decider, the pure costings and helpers by name from the package entry point', () => {
    const names = [
      'referenceDataDecider',
      'decideReferenceData',
      'evolveReferenceData',
      'initialReferenceDataState',
      'referenceDataOf',
      'lgpsRatesOf',
      'referenceDataStreamCategory',
      'referenceDataStreamId',
      'validateRateTable',
      'validateLgpsRate',
      'lgpsRateOn',
      'costingDatesOf',
      'chooseScp',
      'scpPolicies',
      'fullCost',
      'functionBudget',
      'statutoryRedundancyPay',
      'lgpsStrainFlag',
      'costingErrorCodes',
      'basisPointsOfPence',
      'fteShareOfPence',
    ];
    for (const name of names) expect(domain).toHaveProperty(name);
  });

  it('keeps the spec builders out of it', () => {
    expect(domain).not.toHaveProperty('spine2026');
    expect(domain).not.toHaveProperty('lgps211');
  });

  it('lists each error code once', () => {
    expect(new Set(costingErrorCodes).size).toBe(costingErrorCodes.length);
  });

  it('names the one stream per tenant', () => {
    expect(`${domain.referenceDataStreamCategory}-t1_${domain.referenceDataStreamId('t1')}`).toBe('referenceData-t1_t1');
  });
});
