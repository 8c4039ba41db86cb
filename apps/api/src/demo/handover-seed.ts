import {
  addDays,
  civilDateOf,
  designAuthorityDecider,
  designAuthorityGate,
  type CommandMetadata,
  type PlannedStage,
  type RecruitmentStage,
  type Role,
  type Sponsor,
} from '@orgledger/domain';
import { commandMeta, type AppContext, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { DEMO_INVITER } from './demo-inviter';
import { loadState } from '../platform/load-state';
import { designAuthorityStream } from '../design-authority/design-authority.commands';
import {
  acceptRecruitmentPlan,
  draftRecruitmentPlan,
  handOverRecruitmentPlan,
  openVacanciesOf,
  recordStageCompleted,
  replanStage,
} from '../handover/handover.commands';
import type { DemoCouncil } from './analysis-seed';

type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor };

// Days from the draft to each stage's target; the senior post goes to an external advert straight
// away, the others are advertised internally first.
const INTERNAL: [RecruitmentStage, number][] = [
  ['internal_advert', 7],
  ['shortlisting', 14],
  ['interview', 24],
  ['offer', 31],
  ['pre_employment_checks', 45],
  ['start', 74],
  ['induction', 88],
];
const EXTERNAL: [RecruitmentStage, number][] = [
  ['external_advert', 10],
  ['shortlisting', 17],
  ['interview', 31],
  ['offer', 38],
  ['pre_employment_checks', 52],
  ['start', 100],
  ['induction', 114],
];

// The recruitment plan for the posts the transition left unfilled, handed over to Tom Reid, the
// interim service manager, who accepts it and records progress on two vacancies. Runs after the
// Design Authority seed: recruitment starts only through its open gate.
export const seedHandoverDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  // The handover looks the manager up in the read models, which the CLI seed does not open.
  if (!('readModels' in deps)) return;
  const app = deps as AppContext;
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const ism: Actor = {
    userId: derivedUuid(id('user:ism@northshire.example'), 'user'),
    role: 'interim_service_manager',
    displayName: 'Tom Reid',
    invitedBy: DEMO_INVITER,
  };
  const meta = (actor: Actor, label: string, reason?: string): CommandMetadata =>
    commandMeta(tenantId, actor, { commandId: id(`handover:northshire:${label}`), reason });
  const scope = { programmeId: council.programmeId, authorityId: council.authorityId };
  const inPortal = { actorAuthorityId: council.authorityId };
  const c = actors.consultant;

  const vacancies = await openVacanciesOf(app, tenantId, council.programmeId);
  if (vacancies.length === 0) return;
  const draftMeta = meta(c, 'draft', 'Recruitment and on-boarding plan agreed with HR for the posts left after slotting and the ring fence');
  const today = civilDateOf(draftMeta.now);
  const stagesFor = (external: boolean): PlannedStage[] =>
    (external ? EXTERNAL : INTERNAL).map(([stage, days]) => ({ stage, targetDate: addDays(today, days) }));
  const senior = Math.max(...vacancies.map((v) => v.grade));
  await draftRecruitmentPlan(app, draftMeta, scope, {
    vacancies: vacancies.map((v) => ({
      designPostId: v.designPostId,
      owner: v.grade === senior ? 'Tom Reid (interim service manager)' : 'Head of Contract Management',
      stages: stagesFor(v.grade === senior),
    })),
  });
  await handOverRecruitmentPlan(app, meta(c, 'hand-over', 'Consultation closed; the council takes recruitment forward'), scope, { ismUserId: ism.userId });
  await acceptRecruitmentPlan(app, meta(ism, 'accept', 'Plan and dates agreed with HR'), scope, inPortal);

  const da = await loadState(app.store, designAuthorityStream(tenantId, council.programmeId), designAuthorityDecider);
  if (!designAuthorityGate(da).open) return;
  const [first, second] = vacancies;
  const firstStage = (v: typeof first) => stagesFor(v.grade === senior)[0].stage;
  await recordStageCompleted(app, meta(ism, 'progress:1:advert', 'Advert closed early with 14 applications'), scope, inPortal, {
    vacancyId: first.designPostId,
    stage: firstStage(first),
    completedOn: today,
  });
  if (!second) return;
  await recordStageCompleted(app, meta(ism, 'progress:2:advert', 'Advert closed early with 6 applications'), scope, inPortal, {
    vacancyId: second.designPostId,
    stage: firstStage(second),
    completedOn: today,
  });
  await replanStage(app, meta(ism, 'progress:2:replan'), scope, inPortal, {
    vacancyId: second.designPostId,
    stage: 'shortlisting',
    targetDate: addDays(stagesFor(second.grade === senior).find((s) => s.stage === 'shortlisting')!.targetDate, 7),
    reason: 'Shortlisting held back a week to include late internal applications',
  });
};
