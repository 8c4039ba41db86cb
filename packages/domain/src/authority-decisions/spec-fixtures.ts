// Shared builders for the Design Authority specs (plain data; no jest). Not exported from the index.
import type { CommandMetadata, Role } from '../shared/decider';
import { meta } from '../shared/testing/decider-spec';
import type * as C from './commands';
import type * as E from './events';
import type { DesignAuthoritySnapshot } from './snapshot';

export const northShire = '0190a000-0000-7000-8000-00000000a001';
export const southShire = '0190a000-0000-7000-8000-00000000a002';
export const ownCouncil: C.DaScope = { programmeAuthorityId: northShire, actorAuthorityId: northShire };
export const otherCouncil: C.DaScope = { programmeAuthorityId: northShire, actorAuthorityId: southShire };

const now = '2025-09-30T10:00:00Z';
export const as = (role: Role): CommandMetadata => meta({ now, actor: { role, displayName: `A ${role}` } });
export const consultant = as('consultant');
export const daMember = as('da_member');

export const snapshot = (overrides: Partial<DesignAuthoritySnapshot> = {}): DesignAuthoritySnapshot => ({
  option: {
    optionId: 'opt-a',
    name: 'Hub and spoke',
    posts: [
      { designPostId: 'head', title: 'Head of Contract Management', grade: 14, fte: 1000, reportsTo: null },
      { designPostId: 'lead', title: 'Contract Manager', grade: 'Grade 9', fte: 2000, reportsTo: 'head' },
    ],
  },
  costs: {
    totalPence: 23_000_000,
    byPost: [
      { designPostId: 'head', pence: 9_000_000 },
      { designPostId: 'lead', pence: 14_000_000 },
    ],
    nonPay: [],
    notGraded: [],
    notGradedPence: 0,
    oneOff: [],
    oneOffPence: 0,
    financialYear: '2026/27',
    goLiveDate: null,
    basis: 'NJC pay spine 2025/26, employer NI and LGPS from 1 April 2025',
  },
  financeSignOff: { signedOff: true, signedOn: '2025-08-20', current: true },
  funding: {
    agreedFte: 2000,
    pipelineFte: 600,
    neededFte: 3000,
    gapFte: 1000,
    byYear: [{ financialYear: '2026/27', agreedPence: 15_000_000, pipelinePence: 4_000_000, neededPence: 23_000_000, gapPence: 8_000_000 }],
  },
  deals: [{ dealId: 'deal-1', serviceName: 'Highways', status: 'agreed', fte: 2000 }],
  grading: [
    { designPostId: 'head', jd: 'approved', evaluation: 'approved', grade: 'Grade 14' },
    { designPostId: 'lead', jd: 'draft', evaluation: 'none', grade: null },
  ],
  consultationOutline: '45-day collective consultation from November with the recognised unions.',
  submittedOn: '2025-09-01',
  ...overrides,
});

export const submit = (submissionId = 's1', s = snapshot(), m = consultant): C.SubmitToDesignAuthority => ({
  type: 'SubmitToDesignAuthority',
  data: { submissionId, snapshot: s },
  metadata: m,
});
export const submitted = (submissionId = 's1', supersedes: string | null = null, s = snapshot()): E.DesignAuthorityEvent => ({
  type: 'DesignAuthoritySubmitted',
  data: { submissionId, snapshot: s, supersedes },
});

export const blocking: C.DaCondition = {
  conditionId: 'c1',
  text: 'Confirm the 2026/27 budget transfer from Highways',
  owner: 'Finance partner',
  dueDate: '2025-10-31',
  blocking: true,
};
export const advisory: C.DaCondition = {
  conditionId: 'c2',
  text: 'Publish the benefits tracker',
  owner: 'Programme lead',
  dueDate: '2026-03-31',
  blocking: false,
};

type Decision = Omit<C.RecordDesignAuthorityDecision['data'], keyof C.DaScope>;
export const decide = (d: Partial<Decision> = {}, m = daMember, scope = ownCouncil): C.RecordDesignAuthorityDecision => ({
  type: 'RecordDesignAuthorityDecision',
  data: { ...scope, submissionId: 's1', decision: 'approved', meetingDate: '2025-09-15', ...d },
  metadata: m,
});
export const decided = (d: Partial<E.DesignAuthorityDecided['data']> = {}): E.DesignAuthorityEvent => ({
  type: 'DesignAuthorityDecided',
  data: { submissionId: 's1', decision: 'approved', conditions: [], asksFor: null, reasons: null, meetingDate: '2025-09-15', ...d },
});
export const withConditions = (conditions = [blocking, advisory]) => decided({ decision: 'approved_with_conditions', conditions });

export const discharge = (conditionId = 'c1', evidence = 'Budget transfer letter of 20 Sept', m = consultant, submissionId = 's1'): C.DischargeCondition => ({
  type: 'DischargeCondition',
  data: { ...ownCouncil, submissionId, conditionId, evidence },
  metadata: m,
});
export const discharged = (conditionId = 'c1', evidence = 'Budget transfer letter of 20 Sept'): E.DesignAuthorityEvent => ({
  type: 'ConditionDischarged',
  data: { submissionId: 's1', conditionId, evidence, dischargedOn: '2025-09-30' },
});
