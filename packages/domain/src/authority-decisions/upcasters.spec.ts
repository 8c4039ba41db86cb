import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentSchemaVersion, upcast, type StoredEvent } from '../index';
import type { DesignAuthoritySubmitted } from './events';

const fixture = (file: string): StoredEvent => JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'events', file), 'utf8'));

describe('a Design Authority submission as stored', () => {
  it('given a v1 submission, when it is read, then its frozen figures are unchanged and the new parts read empty', () => {
    const stored = fixture('DesignAuthoritySubmitted.v1.json');
    const { snapshot } = upcast(stored).data as DesignAuthoritySubmitted['data'];
    const v1 = (stored.data as DesignAuthoritySubmitted['data']).snapshot;
    expect(snapshot.costs).toEqual({
      ...v1.costs,
      nonPay: [],
      notGraded: [],
      notGradedPence: 0,
      oneOff: [],
      oneOffPence: 0,
      financialYear: null,
      goLiveDate: null,
    });
    expect(snapshot.funding).toEqual(v1.funding);
    expect(snapshot.financeSignOff).toBeNull();
  });

  it('given a v2 submission, then it reads as stored, and new submissions are written as v2', () => {
    const stored = fixture('DesignAuthoritySubmitted.v2.json');
    expect(upcast(stored).data).toEqual(stored.data);
    expect(currentSchemaVersion('DesignAuthoritySubmitted')).toBe(2);
    expect(currentSchemaVersion('DesignAuthorityDecided')).toBe(1);
  });
});
