import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { canSeeAuthority, civilDateOf, formatFte, type ProgrammeSummary } from '@orgledger/domain';
import type { AuthUser } from '../platform/app-context';
import { CurrentUser } from '../platform/current-user';
import { recruitmentPlanAwaiting } from '../handover';
import { authorityModel, programmeModel } from '../platform/access-models';
import { fteDealModel } from '../deals';
import { postModel } from '../establishment';
import { activitySharesModel } from '../analysis';
import { postGradingModel } from '../grading';
import { designAuthorityModel } from '../design-authority';
import { noticesAwaiting } from '../contracts';
import { Read, type ReadSide } from '../platform/read-side';

@ObjectType()
export class Task {
  @Field() kind: string;
  @Field() title: string;
  @Field(() => ID) programmeId: string;
  @Field(() => ID, { nullable: true }) entityId: string | null;
  @Field({ nullable: true, description: 'When the thing awaiting you happened' }) since?: string;
}

type Source = (read: ReadSide, user: AuthUser, programme: ProgrammeSummary) => Task[];

// Each stage adds the things that wait on a person; the list is derived, never stored.
const dealsAwaiting: Source = (read, user, programme) => {
  const side = user.role === 'service_director' ? 'service' : user.role === 'consultant' || user.role === 'tenant_admin' ? 'programme' : null;
  if (!side) return [];
  const services = new Map((read.readModels.get(authorityModel, user.tenantId, programme.authorityId)?.services ?? []).map((s) => [s.id, s.name]));
  return read.readModels
    .list(fteDealModel, user.tenantId, programme.programmeId)
    .filter((d) => d.awaiting === side && (side === 'programme' || d.serviceId === user.serviceId))
    .map((d) => ({
      kind: 'fte_deal',
      title: `Answer the ${services.get(d.serviceId) ?? ''} FTE deal: ${formatFte(d.offerFte ?? d.fte)} FTE on the table`,
      programmeId: programme.programmeId,
      entityId: d.dealId,
      since: d.lastActivityAt,
    }));
};

const returnsAwaiting: Source = (read, user, programme) => {
  if (user.role !== 'service_director' || !user.serviceId) return [];
  const posts = read.readModels.list(postModel, user.tenantId, programme.authorityId).filter((p) => p.serviceId === user.serviceId);
  if (!posts.length) return [];
  const returned = new Set(read.readModels.list(activitySharesModel, user.tenantId, programme.programmeId).map((s) => s.postId));
  const missing = posts.filter((p) => !returned.has(p.postId)).length;
  if (!missing) return [];
  return [
    {
      kind: 'activity_return',
      title: `Return the activity analysis for ${missing} of your service's posts`,
      programmeId: programme.programmeId,
      entityId: user.serviceId,
    },
  ];
};

// A JD version awaiting the HR partner of the programme's council; then a moderated evaluation.
const jobDescriptionsAwaiting: Source = (read, user, programme) => {
  if (user.role !== 'hr_partner' || user.authorityId !== programme.authorityId) return [];
  return read.readModels.list(postGradingModel, user.tenantId, programme.programmeId).flatMap((row) => {
    const latest = row.versions[row.versions.length - 1];
    const designPostId = row.designPostId ?? '';
    if (latest && latest.status === 'draft') {
      return [
        {
          kind: 'job_description',
          title: `Approve or send back version ${latest.version} of a job description`,
          programmeId: programme.programmeId,
          entityId: designPostId,
          since: row.since,
        },
      ];
    }
    const e = row.evaluation;
    if (e && e.moderated && !e.approved && latest?.status === 'approved' && e.jdVersion === latest.version) {
      return [
        {
          kind: 'job_evaluation',
          title: `Approve the job evaluation result (${e.grade})`,
          programmeId: programme.programmeId,
          entityId: designPostId,
          since: row.since,
        },
      ];
    }
    return [];
  });
};

// The submission in front of the Design Authority, for its members of that council.
const designAuthorityAwaiting: Source = (read, user, programme) => {
  if (user.role !== 'da_member' || user.authorityId !== programme.authorityId) return [];
  const row = read.readModels.get(designAuthorityModel, user.tenantId, programme.programmeId);
  const latest = row?.submissions[row.submissions.length - 1];
  if (!latest || latest.status !== 'awaiting_decision') return [];
  return [
    {
      kind: 'design_authority_decision',
      title: `Decide on the proposal "${latest.summary.optionName}" submitted on ${latest.submittedOn}`,
      programmeId: programme.programmeId,
      entityId: latest.submissionId,
      since: row!.since,
    },
  ];
};

// Open conditions of the current decision, for the consultancy to discharge.
const conditionsAwaiting: Source = (read, user, programme) => {
  if (user.role !== 'consultant' && user.role !== 'tenant_admin') return [];
  const row = read.readModels.get(designAuthorityModel, user.tenantId, programme.programmeId);
  const latest = row?.submissions[row.submissions.length - 1];
  return (latest?.conditions ?? [])
    .filter((c) => c.discharged === null)
    .map((c) => ({
      kind: 'design_authority_condition',
      title: `${c.blocking ? 'Blocking' : 'Non-blocking'} condition due ${c.dueDate} (owner ${c.owner}): ${c.text}`,
      programmeId: programme.programmeId,
      entityId: c.conditionId,
      since: row!.since,
    }));
};

// The Procurement Act notices the contract-management function must publish: overdue, or due within 30 days.
const contractNoticesAwaiting: Source = (read, user, programme) => {
  if (user.role !== 'consultant' && user.role !== 'tenant_admin') return [];
  const today = civilDateOf(new Date().toISOString());
  return noticesAwaiting(read, user.tenantId, programme.programmeId, today).map(({ contract, notice }) => ({
    kind: 'contract_notice',
    title: `${notice.state === 'overdue' ? 'Overdue: publish' : 'Publish'} the ${notice.name.toLowerCase()} for ${contract.reference} by ${notice.dueDate}`,
    programmeId: programme.programmeId,
    entityId: contract.contractId,
  }));
};

const SOURCES: Source[] = [
  dealsAwaiting,
  returnsAwaiting,
  jobDescriptionsAwaiting,
  designAuthorityAwaiting,
  conditionsAwaiting,
  recruitmentPlanAwaiting,
  contractNoticesAwaiting,
];

@Resolver(() => Task)
export class TasksResolver {
  @Query(() => [Task], { description: 'What awaits the signed-in user, across the programmes they can see' })
  awaitingMe(@Read() read: ReadSide, @CurrentUser() user: AuthUser): Task[] {
    const programmes = read.readModels.list(programmeModel, user.tenantId).filter((p) => canSeeAuthority({ ...user, active: true }, p.authorityId));
    return programmes.flatMap((p) => SOURCES.flatMap((source) => source(read, user, p)));
  }
}
