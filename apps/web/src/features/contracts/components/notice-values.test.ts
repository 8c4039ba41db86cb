import { describe, expect, it } from 'vitest';
import { emptyPublished, emptyTrigger, readPublishedForm, readTriggerForm } from './notice-values';

const day = (d: string, m: string, y: string) => ({ day: d, month: m, year: y });

describe('recording a fact that calls for a notice', () => {
  it('reads the kind, the date and the description', () => {
    expect(readTriggerForm({ kind: 'BREACH', occurredOn: day('20', '11', '2026'), description: ' Settlement ' })).toEqual({
      fields: { kind: 'BREACH', occurredOn: '2026-11-20', description: 'Settlement' },
    });
  });

  it('lists every problem at once', () => {
    expect(readTriggerForm(emptyTrigger).errors).toEqual({
      kind: 'Choose what happened',
      occurredOn: 'Enter the date it happened',
      description: 'Say what happened',
    });
  });
});

describe('recording a notice as published', () => {
  it('asks which fact a breach or change notice answers, and not for the others', () => {
    const base = { ...emptyPublished, publishedOn: day('8', '12', '2026') };
    expect(readPublishedForm({ ...base, kind: 'CHANGE' }).errors).toEqual({ triggerId: 'Choose the breach or modification this notice answers' });
    expect(readPublishedForm({ ...base, kind: 'CONTRACT_DETAILS', reference: ' CDP-1 ' }).fields).toEqual({
      kind: 'CONTRACT_DETAILS',
      triggerId: null,
      publishedOn: '2026-12-08',
      reference: 'CDP-1',
    });
  });
});
