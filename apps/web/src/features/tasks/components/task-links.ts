import type { AwaitingMeQuery } from '../../../gql/graphql';

export type Task = AwaitingMeQuery['awaitingMe'][number];
export type Audience = 'workspace' | 'portal';
export type TaskItem = { id: string; title: string; href?: string; detail?: string };

// Where each kind of task is done: the consultant's workspace and the council portal have their
// own pages for the same thing. A kind this client does not know yet is listed without a link.
export function taskHref(task: Task, audience: Audience): string | undefined {
  const portal = audience === 'portal';
  switch (task.kind) {
    case 'fte_deal':
      if (!task.entityId) return undefined;
      return portal ? `/portal/deals/${task.entityId}` : `/deals/${task.programmeId}/${task.entityId}`;
    case 'activity_return':
      return portal ? `/portal/activity-return/${task.programmeId}` : `/analysis/${task.programmeId}/return`;
    // HR approves a job description, then the moderated evaluation, on the post's page; the entity is the design post.
    case 'job_description':
    case 'job_evaluation':
      if (!task.entityId) return undefined;
      return portal ? `/portal/job-descriptions/${task.programmeId}/${task.entityId}` : `/approval/${task.programmeId}/grading/${task.entityId}`;
    case 'design_authority_decision':
      return portal ? `/portal/design-authority/${task.programmeId}` : `/approval/${task.programmeId}`;
    // Conditions are discharged on the programme's Design Authority page, next to the decision.
    case 'design_authority_condition':
      return portal ? `/portal/design-authority/${task.programmeId}` : `/approval/${task.programmeId}`;
    // The interim service manager answers the plan handed to them; the consultancy sees it read-only.
    case 'recruitment_handover':
      return portal ? `/portal/handover/${task.programmeId}` : `/handover/${task.programmeId}`;
    // A Procurement Act notice is recorded on the contract's page, in the workspace.
    case 'contract_notice':
      return portal || !task.entityId ? undefined : `/contracts/${task.programmeId}/${task.entityId}`;
    default:
      return undefined;
  }
}

const sinceFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

// Oldest first: what has waited longest is answered first.
export function taskItems(
  tasks: readonly Task[],
  audience: Audience,
  options: { kinds?: readonly string[]; programmeNames?: ReadonlyMap<string, string> } = {},
): TaskItem[] {
  const { kinds, programmeNames } = options;
  return tasks
    .filter((task) => !kinds || kinds.includes(task.kind))
    .slice()
    .sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''))
    .map((task) => {
      const programme = programmeNames?.get(task.programmeId);
      const since = task.since ? `waiting since ${sinceFormat.format(new Date(task.since))}` : undefined;
      return {
        id: `${task.kind}-${task.programmeId}-${task.entityId ?? ''}`,
        title: task.title,
        href: taskHref(task, audience),
        detail: [programme, since].filter(Boolean).join(', ') || undefined,
      };
    });
}
