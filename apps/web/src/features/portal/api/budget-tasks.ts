import { useQueries, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/graphql';
import type { Role } from '../../../gql/graphql';
import { functionBudgetOptions } from '../../costing';
import { currentFinancialYear } from '../../../lib/financial-year';
import { programmeWorkspaceOptions } from '../../tasks';
import type { AwaitingItem } from '../components/what-awaits-you';

// The finance partner's sign-off is asked for while this year's budget has no sign-off of today's
// figures; the API's awaitingMe does not derive it, so the portal does.
export function usePortalBudgetTasks(role: Role | undefined): { items: AwaitingItem[]; loading: boolean; error: Error | null } {
  const finance = role === 'FINANCE_PARTNER';
  const workspace = useQuery({ ...programmeWorkspaceOptions(), enabled: finance });
  const year = currentFinancialYear();
  const programmes = finance ? (workspace.data?.programmes ?? []) : [];
  const budgets = useQueries({ queries: programmes.map((p) => ({ ...functionBudgetOptions(p.id, year), retry: false })) });

  const names = new Map(programmes.map((p) => [p.id, p.name]));
  const items: AwaitingItem[] = budgets.flatMap((b) => {
    // A programme with no chosen design has no budget to sign yet.
    if (!b.data) return [];
    if (b.data.signOffs.some((s) => s.current)) return [];
    return [
      {
        id: `budget-${b.data.programmeId}-${year}`,
        title: `Sign off the ${year} budget for ${names.get(b.data.programmeId) ?? 'the programme'}`,
        href: `/portal/budget/${b.data.programmeId}?year=${encodeURIComponent(year)}`,
      },
    ];
  });
  const budgetError = budgets.find((b) => b.error && !(b.error instanceof ApiError && b.error.code === 'BAD_USER_INPUT'))?.error ?? null;
  return {
    items,
    loading: finance && (workspace.isPending || budgets.some((b) => b.isPending)),
    error: workspace.error ?? budgetError,
  };
}
