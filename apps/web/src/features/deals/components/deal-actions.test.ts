import { describe, expect, it } from 'vitest';
import { availableActions, viewerSide } from './deal-actions';

describe('the actions open to each side', () => {
  it('lets the side an offer awaits counter, agree or reject it; only the programme withdraws', () => {
    const deal = { status: 'COUNTERED' as const, awaiting: 'PROGRAMME' as const };
    expect(availableActions(deal, 'PROGRAMME')).toEqual(['counter', 'agree', 'reject', 'withdraw']);
    expect(availableActions(deal, 'SERVICE')).toEqual(['reject']);
  });

  it('never offers a side its own offer to counter or agree', () => {
    const deal = { status: 'PROPOSED' as const, awaiting: 'SERVICE' as const };
    expect(availableActions(deal, 'PROGRAMME')).toEqual(['reject', 'withdraw']);
    expect(availableActions(deal, 'SERVICE')).toEqual(['counter', 'agree', 'reject']);
  });

  it('offers an amendment on agreed terms, and answers to a pending one', () => {
    expect(availableActions({ status: 'AGREED', awaiting: null }, 'SERVICE')).toEqual(['proposeAmendment']);
    const pending = { status: 'AMENDMENT_PROPOSED' as const, awaiting: 'SERVICE' as const };
    expect(availableActions(pending, 'SERVICE')).toEqual(['counterAmendment', 'agreeAmendment', 'rejectAmendment']);
    expect(availableActions(pending, 'PROGRAMME')).toEqual(['rejectAmendment']);
  });

  it('offers nothing on a closed deal, nor to someone who negotiates for neither side', () => {
    expect(availableActions({ status: 'REJECTED', awaiting: null }, 'PROGRAMME')).toEqual([]);
    expect(availableActions({ status: 'WITHDRAWN', awaiting: null }, 'SERVICE')).toEqual([]);
    expect(availableActions({ status: 'PROPOSED', awaiting: 'SERVICE' }, viewerSide('HR_PARTNER'))).toEqual([]);
  });

  it('puts a consultant on the service side only when they say they answer for the director', () => {
    expect(viewerSide('CONSULTANT')).toBe('PROGRAMME');
    expect(viewerSide('CONSULTANT', true)).toBe('SERVICE');
    expect(viewerSide('SERVICE_DIRECTOR', true)).toBe('SERVICE');
    expect(viewerSide('AUDITOR')).toBeNull();
  });
});
