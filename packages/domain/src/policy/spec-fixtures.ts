// Shared builders for the policy specs (plain data; no jest).
import type { CommandMetadata } from '../shared/decider';
import type { RecordPolicyPack } from './commands';
import type { PolicyPackRecorded } from './events';
import type { PolicyPack } from './policy-pack';

export const authorityId = '0190a000-0000-7000-8000-0000000000b1';
export const reason = 'Managing Change Policy v4, agreed at Employment Committee';
export const metadata: CommandMetadata = {
  tenantId: '0190a000-0000-7000-8000-000000000001',
  now: '2026-03-01T09:30:00.000Z',
  commandId: '0190a000-0000-7000-8000-0000000000c1',
  actor: { userId: '0190a000-0000-7000-8000-0000000000a1', role: 'hr_partner', displayName: 'Harper HR' },
};

// A realistic council pack: 2/3 job match to slot in, one grade either side for ring fences,
// up to 12 weeks' trial with retraining, stepped protection over two years, 1.5× on actual pay.
export const councilPack: PolicyPack = {
  slotInMinimumJobMatchPercent: 66,
  ringFenceGradesBelow: 1,
  ringFenceGradesAbove: 1,
  trialMaximumWeeks: 12,
  payProtection: {
    taper: 'stepped',
    months: 24,
    steps: [
      { months: 12, percentOfDifference: 100 },
      { months: 12, percentOfDifference: 50 },
    ],
  },
  discretionaryCompensation: { actualWeeksPay: true, multiplierPercent: 150, maximumWeeks: 45 },
  notice: {
    defaultWeeks: 4,
    byGrade: [
      { fromGrade: 7, toGrade: 10, weeks: 8 },
      { fromGrade: 11, toGrade: null, weeks: 12 },
    ],
  },
  incrementalDate: 'april_1',
};

type PackChange = { [K in keyof PolicyPack]?: PolicyPack[K] extends object ? Partial<PolicyPack[K]> : PolicyPack[K] };
export const packWith = (change: PackChange): PolicyPack => {
  const merged: Record<string, unknown> = { ...councilPack };
  for (const [key, value] of Object.entries(change)) {
    const base = (councilPack as Record<string, unknown>)[key];
    merged[key] = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(base as object), ...value } : value;
  }
  return merged as PolicyPack;
};

export const record = (effectiveFrom: string, pack: PolicyPack = councilPack, data: { reason?: string } = {}): RecordPolicyPack => ({
  type: 'RecordPolicyPack',
  data: { authorityId, effectiveFrom, pack, reason, ...data },
  metadata,
});

export const recorded = (version: number, effectiveFrom: string, pack: PolicyPack = councilPack): PolicyPackRecorded => ({
  type: 'PolicyPackRecorded',
  data: { authorityId, version, effectiveFrom, pack, reason },
});
