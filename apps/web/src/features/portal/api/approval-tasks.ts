import { useQueries, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/graphql';
import type { Role } from '../../../gql/graphql';
import { functionBudgetOptions } from '../../costing/api/costing.queries';
import { financialYearOn, todayInLondon } from '../../costing/components/financial-year';
import { awaitingMeOptions } from '../../tasks/api/tasks.queries';
import { taskItems, type Task } from '../../tasks/components/task-links';
import { programmeWorkspaceOptions } from '../../tasks/api/programme-workspace.queries';
import type { AwaitingItem } from '../components/what-awaits-you';

// Where each approval task is done in the portal.
export function approvalHref(task: Pick<Task, 'kind' | 'programmeId' | 'entityId'>): string | undefined {
  switch (task.kind) {
    case 'job_description':
    case 'job_evaluation':
      return task.entityId ? `/portal/job-descriptions/${task.programmeId}/${task.entityId}` : undefined;
    case 'design_authority_decision':
      return `/portal/design-authority/${task.programmeId}`;
    default:
      return undefined;
  }
}

const approvalKinds = ['job_description', 'job_evaluation', 'design_authority_decision'];

// HR's JDs and evaluations and the Design Authority's decision come from the API's awaitingMe;
// the finance partner's sign-off is asked for while this year's budget has no sign-off of today's figures.
export function usePortalApprovalTasks(role: Role | undefined): { items: AwaitingItem[]; loading: boolean; error: Error | null } {
  const tasks = useQuery(awaitingMeOptions());
  const finance = role === 'FINANCE_PARTNER';
  const workspace = useQuery({ ...programmeWorkspaceOptions(), enabled: finance });
  const year = financialYearOn(todayInLondon());
  const programmes = finance ? workspace.data?.programmes ?? [] : [];
  const budgets = useQueries({ queries: programmes.map((p) => ({ ...functionBudgetOptions(p.id, year), retry: false })) });

  const fromTasks = (tasks.data ?? [])
    .filter((t) => approvalKinds.includes(t.kind))
    .map((t) => ({ ...taskItems([t], 'portal')[0]!, href: approvalHref(t) }));
  const names = new Map(programmes.map((p) => [p.id, p.name]));
  const fromBudgets: AwaitingItem[] = budgets.flatMap((b) => {
    // A programme with no chosen design has no budget to sign yet.
    if (!b.data) return [];
    if (b.data.signOffs.some((s) => s.current)) return [];
    return [{
      id: `budget-${b.data.programmeId}-${year}`,
      title: `Sign off the ${year} budget for ${names.get(b.data.programmeId) ?? 'the programme'}`,
      href: `/portal/budget/${b.data.programmeId}?year=${encodeURIComponent(year)}`,
    }];
  });
  const budgetError = budgets.find((b) => b.error && !(b.error instanceof ApiError && b.error.code === 'BAD_USER_INPUT'))?.error ?? null;
  return {
    items: [...fromTasks, ...fromBudgets],
    loading: tasks.isPending || (finance && (workspace.isPending || budgets.some((b) => b.isPending))),
    error: tasks.error ?? workspace.error ?? budgetError,
  };
}
