import { DISCLOSURE_ITEMS, type CommandMetadata, type ConsultationCommand, type PlanDates, type Role, type Sponsor } from '@orgledger/domain';
import { commandMeta, type AppContext, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { DEMO_INVITER } from './demo-inviter';
import { affectedPeople, draftConsultationPlan, launchConsultation, runConsultation } from '../consultation/consultation.commands';
import type { DemoCouncil } from './analysis-seed';
import type { Undated } from '../platform/command-handler';

type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor };

const BRIEFED = { staffBriefing: '2027-01-08', consultationStart: '2027-01-11' };
// Fewer than 20 proposed dismissals: individual consultation only, no statutory period or HR1.
const INDIVIDUAL_DATES: Partial<PlanDates> = {
  ...BRIEFED,
  consultationClose: '2027-02-05',
  responseToFeedback: '2027-02-10',
  finalStructurePublished: '2027-02-12',
  selectionStart: '2027-02-15',
  selectionEnd: '2027-02-26',
  noticesIssued: '2027-03-01',
  appealsClose: '2027-03-15',
  firstDismissal: '2027-03-31',
  goLive: '2027-04-01',
};
// 25 proposed at County Hall within 90 days (with the Resources restructure): the 30-day rule
// applies, and the first dismissal is planned too early — the warning the consultant fixes.
const COLLECTIVE_DATES: Partial<PlanDates> = {
  ...BRIEFED,
  consultationClose: '2027-01-27',
  responseToFeedback: '2027-01-28',
  finalStructurePublished: '2027-01-28',
  selectionStart: '2027-01-28',
  selectionEnd: '2027-01-29',
  noticesIssued: '2027-01-29',
  appealsClose: '2027-02-12',
  firstDismissal: '2027-02-01',
  goLive: '2027-03-01',
  hr1SentOn: '2027-01-11',
};

// Two consultation scenarios for the approved Northshire change, with disclosures, union
// meetings, a few individual consultations and the equality profile.
export const seedConsultationDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  // The affected people are read from the transition map's read model, which the CLI seed does not open.
  if (!('readModels' in deps)) return;
  const app = deps as AppContext;
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const hr: Actor = { userId: derivedUuid(id('user:hr@northshire.example'), 'user'), role: 'hr_partner', displayName: 'Dev Patel', invitedBy: DEMO_INVITER };
  const meta = (actor: Actor, label: string, reason?: string): CommandMetadata =>
    commandMeta(tenantId, actor, { commandId: id(`consultation:northshire:${label}`), reason });
  const c = actors.consultant;
  const scope = { programmeId: council.programmeId, authorityId: council.authorityId };
  const unions = ['UNISON', 'GMB'];

  const individual = await draftConsultationPlan(app, meta(c, 'plan:individual', 'Design Authority approved the change'), scope, {
    title: 'Contract management function: individual consultation',
    establishment: 'County Hall, Northshire',
    proposedDismissals: 1,
    recognisedUnions: unions,
    dates: INDIVIDUAL_DATES as Record<string, string>,
  });
  const collective = await draftConsultationPlan(
    app,
    meta(c, 'plan:collective', 'Scenario: the Resources restructure at County Hall in the same 90 days'),
    scope,
    {
      title: 'County Hall scenario: 25 proposed dismissals with Resources',
      establishment: 'County Hall, Northshire',
      proposedDismissals: 25,
      recognisedUnions: unions,
      dates: COLLECTIVE_DATES as Record<string, string>,
    },
  );
  const on = (planId: string) => ({ ...scope, planId });
  const record = (actor: Actor, label: string, planId: string, command: Undated<ConsultationCommand>) =>
    runConsultation(app, meta(actor, label), on(planId), command);

  // Six of the seven s.188(4) items given with the opening letter; agency workers still to come.
  for (const item of DISCLOSURE_ITEMS.filter((i) => i !== 'agency_workers')) {
    await record(hr, `disclose:${item}`, collective, {
      type: 'RecordDisclosure',
      data: { item, givenOn: '2027-01-11', documentRef: 'HR/S188/2027-01 letter to UNISON and GMB' },
    });
  }
  const tu: [string, string, 'meeting' | 'letter' | 'union_response', string][] = [
    ['tu:1', '2027-01-11', 'letter', 'Section 188 letter with the proposals, numbers and selection method'],
    ['tu:2', '2027-01-13', 'meeting', 'Opening joint consultation meeting; unions asked for the job-matching scores'],
    ['tu:3', '2027-01-20', 'union_response', 'UNISON counter-proposal: a second ring fence for Grade 8 officers'],
  ];
  for (const [label, date, kind, summary] of tu) {
    await record(hr, label, collective, { type: 'LogTradeUnionEngagement', data: { entryId: id(`consultation:${label}`), date, kind, unions, summary } });
  }

  const people = await affectedPeople(app, tenantId, scope, '2026-11-01');
  for (const [i, p] of people
    .filter((x) => x.atRisk)
    .concat(people.filter((x) => !x.atRisk).slice(0, 2))
    .entries()) {
    await record(hr, `meeting:${i}:first`, individual, {
      type: 'RecordIndividualMeeting',
      data: {
        postId: p.postId,
        meetingId: id(`consultation:meeting:${i}`),
        date: `2027-01-${String(12 + i).padStart(2, '0')}`,
        kind: 'first',
        note: 'Proposals explained; job-matching result and own scores shared; companion offered',
      },
    });
  }
  const atRisk = people.find((p) => p.atRisk);
  if (atRisk) {
    await record(hr, 'outcome:redeployed', individual, {
      type: 'RecordIndividualOutcome',
      data: { postId: atRisk.postId, outcome: 'redeployed', decidedOn: '2027-02-26' },
    });
  }
  await record(hr, 'eqia', individual, {
    type: 'RecordEqualityImpactAssessment',
    data: {
      documentRef: 'EQIA-NCC-2026-031',
      assessedOn: '2026-12-10',
      findings: 'No disproportionate impact found; selection criteria reviewed for disability and maternity absence',
    },
  });
  const sexes = ['Female', 'Female', 'Male', 'Female', 'Male', 'Female', 'Female', 'Male', 'Female'];
  await record(hr, 'characteristics', individual, {
    type: 'RecordProtectedCharacteristics',
    data: {
      entries: people.map((p, i) => ({ postId: p.postId, characteristics: { sex: sexes[i % sexes.length], age: i % 3 === 0 ? '50 and over' : '25 to 49' } })),
    },
  });
  await launchConsultation(app, meta(c, 'launch:individual', 'Briefing held; individual consultation opens'), on(individual));
};
