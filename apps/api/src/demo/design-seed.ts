import { functionDesignDecider, type CommandMetadata, type Role } from '@orgledger/domain';
import {
  addDesignPost,
  chooseDesignOption,
  draftDesignOption,
  functionDesignStream,
  removeDesignPost,
  reviseDesignPost,
  type DesignPostInput,
} from '../design/design.commands';
import {
  grantPayProtection,
  markAtRisk,
  placeInRingFence,
  recordRedeployment,
  recordSelectionOutcome,
  recordSlotIn,
  releaseVacancy,
  startTrialPeriod,
} from '../reassignments/reassignments.commands';
import { commandMeta, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { DemoCouncil } from './analysis-seed';

type Actor = { userId: string; role: Role; displayName: string };

// Indicative full costs (salary with on-costs, one FTE) by grade: illustrative figures for the demo.
const COST: Record<number, number> = { 3: 2_460_000, 8: 4_510_000, 9: 5_130_000, 10: 5_680_000, 11: 6_240_000, 12: 7_020_000, 13: 8_250_000 };

type PostSpec = Omit<DesignPostInput, 'reportsTo' | 'indicativeCostPence'> & { key: string; reportsTo: string | null };
const post = (
  key: string,
  title: string,
  grade: number,
  reportsTo: string | null,
  responsibilities: string[],
  jdReference: string | null,
  fte = 1000,
): PostSpec => ({
  key,
  title,
  grade,
  fte,
  reportsTo,
  responsibilities,
  jdReference,
});

// prettier-ignore -- a data table: one row a line reads better than one value a line
const officerDuties = [
  'Monitor supplier KPIs and collect performance evidence',
  'Validate invoices and payments against contract price schedules',
  'Keep the contracts register and contract documents up to date',
];
const managerDuties = (portfolio: string) => [
  `Manage the Tier 1 and Tier 2 contracts of ${portfolio}`,
  'Run monthly contract performance meetings against agreed KPIs',
  'Agree contract variations and change control within delegated authority',
  'Escalate supplier under-performance and lead remediation plans',
];

// Option A: a small hub with contract managers as directorate spokes. Four layers: the one check it raises.
// prettier-ignore -- a data table: one row a line reads better than one value a line
const OPTION_A: PostSpec[] = [
  post(
    'head',
    'Head of Contract Management',
    13,
    null,
    [
      'Lead the council’s contract-management function and its standards under the outcomes-based TOM',
      'Report the performance of key contracts to the Corporate Leadership Team',
      'Chair quarterly strategic reviews of Tier 1 contracts',
      'Own the function’s budget and the benefits it must deliver',
    ],
    'JD-CM-001',
  ),
  post(
    'hub',
    'Contract Management Hub Lead',
    12,
    'head',
    [
      'Run the central hub: contract-management standards, templates and training',
      'Coordinate the directorate spoke contract managers',
      'Keep the corporate contracts register',
    ],
    'JD-CM-002',
  ),
  post(
    'analyst',
    'Commercial Analyst',
    10,
    'head',
    [
      'Analyse contract spend, savings and benefits realisation',
      'Build and publish the contract performance dashboard',
      'Check supplier pricing against benchmarks and indexation clauses',
    ],
    'JD-CM-006',
  ),
  post(
    'cmAdults',
    'Contract Manager (Adults, Health and Wellbeing spoke)',
    11,
    'hub',
    managerDuties('adult social care, public health and adults commissioning'),
    'JD-CM-003',
  ),
  post('cmPlace', 'Contract Manager (Place and Environment spoke)', 11, 'hub', managerDuties('highways, waste and home to school transport'), 'JD-CM-003'),
  post('cmChildren', 'Contract Manager (Children’s Services spoke)', 11, 'hub', managerDuties('children’s social care and education'), 'JD-CM-003'),
  post('coAdults', 'Contract Officer (Adults)', 9, 'cmAdults', officerDuties, 'JD-CM-004'),
  post('coAdultsPt', 'Contract Officer (Adults, part-time)', 9, 'cmAdults', officerDuties, 'JD-CM-004', 500),
  post('coHighways', 'Contract Officer (Highways)', 9, 'cmPlace', officerDuties, 'JD-CM-004'),
  post('coTransport', 'Contract Officer (Waste and Transport)', 9, 'cmPlace', officerDuties, 'JD-CM-004'),
];

// Option B starts as a copy of A: the hub layer goes, the managers take portfolios, three posts join.
// prettier-ignore -- a data table: one row a line reads better than one value a line
const B_REVISIONS: Record<string, Partial<PostSpec>> = {
  cmAdults: {
    title: 'Contract Manager (People)',
    responsibilities: managerDuties('adult social care, public health, adults commissioning and children’s services'),
  },
  cmPlace: { title: 'Contract Manager (Place)' },
  cmChildren: { title: 'Contract Manager (Corporate)', responsibilities: managerDuties('ICT, property, facilities and corporate services') },
  coAdults: { title: 'Contract Officer (People)' },
  coAdultsPt: { title: 'Contract Officer (People, part-time)' },
  coTransport: { title: 'Contract Officer (Transport)', responsibilities: [...officerDuties, 'Monitor the home to school transport routes and operators'] },
};
// prettier-ignore -- a data table: one row a line reads better than one value a line
const B_ADDITIONS: PostSpec[] = [
  post(
    'srl',
    'Supplier Relationship Lead',
    12,
    'head',
    [
      'Lead the council’s relationships with its strategic suppliers',
      'Run supplier relationship management for the top 20 suppliers by spend',
      'Coordinate supplier risk and resilience reviews, including financial health checks',
    ],
    'JD-CM-005',
  ),
  post(
    'cmo',
    'Contract Monitoring Officer',
    8,
    'cmChildren',
    ['Carry out site visits and quality checks on contracted services', 'Record monitoring findings and follow up the actions agreed with suppliers'],
    'JD-CM-007',
  ),
  // an apprentice under 25: no employer NI up to the apprentice upper secondary threshold
  {
    ...post(
      'apprentice',
      'Contract Management Apprentice',
      3,
      'cmChildren',
      ['Support contract monitoring and the contracts register', 'Complete the Level 4 Commercial Procurement and Supply apprenticeship'],
      null,
    ),
    apprenticeship: true,
    holderAgeBand: 'aged_21_to_24',
  },
];

// The function design and the transition into it, made through the same commands as the API.
export const seedDesignDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const meta = (label: string, reason?: string): CommandMetadata =>
    commandMeta(tenantId, actors.consultant, { commandId: id(`design:northshire:${label}`), reason });
  const postIdOf = (reference: string) => derivedUuid(id('import:northshire:posts'), 'post', reference.toUpperCase());
  const scope = { programmeId: council.programmeId, authorityId: council.authorityId };
  const toInput = (p: PostSpec, ids: Map<string, string>): DesignPostInput => ({
    title: p.title,
    grade: p.grade,
    fte: p.fte,
    reportsTo: p.reportsTo && ids.get(p.reportsTo)!,
    responsibilities: p.responsibilities,
    jdReference: p.jdReference,
    indicativeCostPence: Math.round((COST[p.grade] * p.fte) / 1000),
    apprenticeship: p.apprenticeship,
    holderAgeBand: p.holderAgeBand,
  });

  const optionA = await draftDesignOption(deps, meta('option:A', 'First option from the design workshop with service directors'), scope, {
    name: 'Option A: hub and spoke',
    description: 'A small central hub sets standards and keeps the register; contract managers sit in each directorate as spokes, reporting to the hub lead.',
  });
  const a = new Map<string, string>();
  for (const p of OPTION_A) {
    const { designPostId } = await addDesignPost(deps, meta(`A:post:${p.key}`), scope, { optionId: optionA, post: toInput(p, a) });
    a.set(p.key, designPostId);
  }

  const optionB = await draftDesignOption(deps, meta('option:B', 'Alternative asked for by the programme board: one central team'), scope, {
    name: 'Option B: single central team',
    description:
      'One central team under the Head of Contract Management, with contract managers by portfolio (people, place, corporate) and a supplier relationship lead.',
    copyFromOptionId: optionA,
  });
  // The copy keeps the order of A's posts, so B's ids follow from A's by position.
  const design = await loadState(deps.store, functionDesignStream(tenantId, council.programmeId), functionDesignDecider);
  const copied = design.options.find((o) => o.optionId === optionB)!.posts;
  const b = new Map(OPTION_A.map((p, i) => [p.key, copied[i].designPostId]));
  await removeDesignPost(deps, meta('B:remove:hub', 'A hub layer between the head and the managers adds cost without adding accountability'), scope, {
    optionId: optionB,
    designPostId: b.get('hub')!,
  });
  b.delete('hub');
  for (const p of OPTION_A.filter((x) => B_REVISIONS[x.key])) {
    const revised = { ...p, ...B_REVISIONS[p.key], reportsTo: p.reportsTo === 'hub' ? 'head' : p.reportsTo };
    await reviseDesignPost(deps, meta(`B:revise:${p.key}`), scope, { optionId: optionB, designPostId: b.get(p.key)!, post: toInput(revised, b) });
  }
  for (const p of B_ADDITIONS) {
    const { designPostId } = await addDesignPost(deps, meta(`B:post:${p.key}`), scope, { optionId: optionB, post: toInput(p, b) });
    b.set(p.key, designPostId);
  }
  const reason = 'Fewer layers, clearer accountability, fits the funding the deals are releasing';
  await chooseDesignOption(deps, meta('choose:B', reason), scope, { optionId: optionB, reason });

  // The transition: the four contracts officers slot in; three commissioning officers compete for
  // two contract manager posts; the one not appointed is redeployed a grade lower, on trial and
  // with pay protection; one vacant commissioning post is released.
  const decide = (label: string, reason: string) => meta(`reassign:${label}`, reason);
  const slotIns: [string, string, number][] = [
    ['ACM-0008', 'coAdults', 85],
    ['ACM-0007', 'coAdultsPt', 80],
    ['HWY-0013', 'coHighways', 90],
    ['HST-0006', 'coTransport', 75],
  ];
  for (const [reference, key, match] of slotIns) {
    await recordSlotIn(
      deps,
      decide(
        `slot:${reference}`,
        `Job-matching panel: ${match}% of the Contract Officer JD matches the current role (KPI monitoring, payment validation, contract records)`,
      ),
      scope,
      {
        postId: postIdOf(reference),
        designPostId: b.get(key)!,
        jobMatchPercent: match,
      },
    );
  }
  const pool = await placeInRingFence(
    deps,
    decide(
      'pool:contract-managers',
      'Job match 55–65% against the Contract Manager JD: below the 70% slot-in threshold, so the affected commissioning officers compete for the two posts',
    ),
    scope,
    {
      name: 'Contract Manager ring fence',
      postIds: ['ACM-0003', 'ACM-0005', 'ACM-0006'].map(postIdOf),
      designPostIds: [b.get('cmAdults')!, b.get('cmChildren')!],
    },
  );
  await recordSelectionOutcome(deps, decide('outcome:ACM-0003', 'Highest score at the selection interview; strong evidence of supplier negotiation'), scope, {
    poolId: pool,
    postId: postIdOf('ACM-0003'),
    outcome: 'appointed',
    designPostId: b.get('cmAdults')!,
  });
  await recordSelectionOutcome(deps, decide('outcome:ACM-0005', 'Below the appointable score for contract negotiation at interview'), scope, {
    poolId: pool,
    postId: postIdOf('ACM-0005'),
    outcome: 'not_appointed',
    designPostId: null,
  });
  const acm5 = postIdOf('ACM-0005');
  await markAtRisk(
    deps,
    decide('at-risk:ACM-0005', 'Not appointed in the ring fence and no slot-in match: at-risk notice issued with redeployment support'),
    scope,
    { postId: acm5 },
  );
  await recordRedeployment(
    deps,
    decide('redeploy:ACM-0005', 'Suitable alternative employment one grade lower; priority interview held and the offer accepted'),
    scope,
    {
      postId: acm5,
      toDescription: 'Contract Monitoring Officer (Grade 8), contract management function',
      priorityInterview: true,
    },
  );
  await startTrialPeriod(deps, decide('trial:ACM-0005', 'Statutory four-week trial in the suitable alternative post'), scope, {
    postId: acm5,
    designPostId: b.get('cmo')!,
    startDate: '2027-02-01',
    endDate: '2027-02-28',
  });
  await grantPayProtection(
    deps,
    decide('protect:ACM-0005', 'Redeployed one grade lower: Grade 9 pay protected for three years under the managing change policy'),
    scope,
    {
      postId: acm5,
      protectedGrade: 'Grade 9',
      startDate: '2027-02-01',
      endDate: '2030-02-01',
    },
  );
  await releaseVacancy(deps, decide('release:ACM-0004', 'Vacant since the summer; released with its budget towards the new function'), scope, {
    postId: postIdOf('ACM-0004'),
  });
};
