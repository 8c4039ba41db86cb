import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentSchemaVersion, upcast, type StoredEvent } from '../index';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'events', name), 'utf8')) as StoredEvent;

describe('pay protection granted', () => {
  it('is written as version 2, with the taper and steps of the council’s pack', () => {
    expect(currentSchemaVersion('PayProtectionGranted')).toBe(2);
    expect(upcast(fixture('PayProtectionGranted.v2.json')).data).toMatchObject({ taper: 'stepped', steps: [{ months: 12, percentOfDifference: 100 }, {}, {}] });
  });

  it('reads a version 1 protection, granted before councils recorded packs, as full protection with no steps', () => {
    const v1 = fixture('PayProtectionGranted.v1.json');
    expect(upcast(v1).data).toEqual({ ...(v1.data as object), taper: 'full', steps: [] });
  });
});
