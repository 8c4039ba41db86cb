import * as domain from '../index';
import { fteDealErrorCodes } from './errors';

describe('the deals public API', () => {
  it('exports the decider, projections and helpers by name from the package entry point', () => {
    const names = [
      'fteDealsDecider',
      'decideFteDeals',
      'evolveFteDeals',
      'initialFteDealsState',
      'fteDealsStreamCategory',
      'fteDealsStreamId',
      'projectDeal',
      'dealSummariesFrom',
      'negotiationHistory',
      'fundingPosition',
      'validateTerms',
      'termsFte',
      'termsBudgetTotal',
      'sameTerms',
      'fteHeldBy',
      'otherDealSide',
      'isLiveDeal',
      'fteDealErrorCodes',
    ];
    for (const name of names) expect(domain).toHaveProperty(name);
  });

  it('keeps the spec builders out of it', () => {
    expect(domain).not.toHaveProperty('dealA');
    expect(domain).not.toHaveProperty('propose');
  });

  it('lists each error code once', () => {
    expect(new Set(fteDealErrorCodes).size).toBe(fteDealErrorCodes.length);
  });

  it('names the stream after the programme and the service', () => {
    expect(`${domain.fteDealsStreamCategory}-t1_${domain.fteDealsStreamId('p1', 's1')}`).toBe('fteDeals-t1_p1.s1');
  });
});
