import type { PolicyPack, Role } from '@orgledger/domain';
import { commandMeta, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { recordPolicyPack } from '../policy';

type Actor = { userId: string; role: Role; displayName: string };
type Version = { key: string; effectiveFrom: string; reason: string; pack: PolicyPack };

// Northshire's Managing Change and Redundancy policies as data, in force from 1 April 2026, before
// any of the demo's transition decisions: slot-in at 70% job match, ring fences from up to two
// grades below the new post (its commissioning officers, Grade 9, compete for Grade 11 contract
// manager posts), pay protection over three years tapering 100/66/33%, and 1.5× the statutory
// weeks on actual pay up to 45 weeks (its published reg. 7 statement). The 2027 review lengthens
// the longest agreed trial.
const NORTHSHIRE_V1: PolicyPack = {
  slotInMinimumJobMatchPercent: 70,
  ringFenceGradesBelow: 2,
  ringFenceGradesAbove: 1,
  trialMaximumWeeks: 8,
  payProtection: {
    taper: 'stepped',
    months: 36,
    steps: [
      { months: 12, percentOfDifference: 100 },
      { months: 12, percentOfDifference: 66 },
      { months: 12, percentOfDifference: 33 },
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

// Eastbrook pays statutory redundancy only, marks time for two years and increments on the anniversary.
const EASTBROOK_V1: PolicyPack = {
  slotInMinimumJobMatchPercent: 66,
  ringFenceGradesBelow: 1,
  ringFenceGradesAbove: 1,
  trialMaximumWeeks: 4,
  payProtection: { taper: 'frozen', months: 24, steps: [] },
  discretionaryCompensation: { actualWeeksPay: false, multiplierPercent: 100, maximumWeeks: 30 },
  notice: { defaultWeeks: 4, byGrade: [{ fromGrade: 9, toGrade: null, weeks: 12 }] },
  incrementalDate: 'appointment_anniversary',
};

export const DEMO_POLICY: Record<'northshire' | 'eastbrook', Version[]> = {
  northshire: [
    {
      key: 'v1',
      effectiveFrom: '2026-04-01',
      reason: 'Managing Change Policy v4 and the Discretionary Compensation Policy Statement, approved by the Employment Committee on 12 March 2026',
      pack: NORTHSHIRE_V1,
    },
    {
      key: 'v2',
      effectiveFrom: '2027-04-01',
      reason: 'Annual review with the trade unions: retraining trials of up to 12 weeks by written agreement',
      pack: { ...NORTHSHIRE_V1, trialMaximumWeeks: 12 },
    },
  ],
  eastbrook: [
    {
      key: 'v1',
      effectiveFrom: '2025-04-01',
      reason: 'Organisational Change Policy 2025, adopted by Cabinet',
      pack: EASTBROOK_V1,
    },
  ],
};

// Recorded by the consultant from each council's published policies, before the transition.
export const seedPolicyDemo = async (deps: Deps, tenantId: string, authorities: Record<string, string>, consultant: Actor) => {
  for (const [council, versions] of Object.entries(DEMO_POLICY)) {
    for (const v of versions) {
      const meta = commandMeta(tenantId, consultant, { commandId: derivedUuid('orgledger-demo', `policy:${council}:${v.key}`), reason: v.reason });
      await recordPolicyPack(deps, meta, authorities[council], { effectiveFrom: v.effectiveFrom, pack: v.pack });
    }
  }
};
