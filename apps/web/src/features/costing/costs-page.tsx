import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import type { ScpPolicy } from '../../gql/graphql';
import { useCanEdit } from '../../lib/can-edit';
import { ApprovalHeader } from '../design-authority';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { exitCostsOptions, functionBudgetOptions, optionCostOptions } from './api/costing.queries';
import { BudgetFigures, NonPayLinesForm, NonPayLinesTable, SignOffs } from './components/budget';
import { NotGradedPosts, OneOffCosts } from './components/budget-beside';
import { ExitCostForm, ExitCostsTable } from './components/exit-costs';
import { currentFinancialYear, financialYearParam, financialYearsAround } from '../../lib/financial-year';
import { PostCostsTable, TablesUsed } from './components/post-costs-table';
import { SuccessNotice } from '../../components/notice';

const policies: { id: ScpPolicy; label: string }[] = [
  { id: 'BOTTOM', label: 'Bottom of grade' },
  { id: 'MID', label: 'Middle of grade' },
  { id: 'TOP', label: 'Top of grade' },
  { id: 'ACTUAL', label: 'Actual SCP of the postholder' },
];

export function CostsPage() {
  return <ProgrammePage backTo="/approval" backLabel="Go to the approval of all programmes" page={Costs} />;
}

function Costs({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const year = financialYearParam(params.get('year'));
  const policy = (policies.find((p) => p.id === params.get('policy'))?.id ?? 'MID') as ScpPolicy;
  const cost = useQuery(optionCostOptions(programme.id, year, policy));
  const budget = useQuery(functionBudgetOptions(programme.id, year));
  const exits = useQuery(exitCostsOptions(programme.id));
  const [flash, setFlash] = useState<string | null>(null);
  const choose = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const years = financialYearsAround(currentFinancialYear());

  return (
    <>
      <ApprovalHeader context={context} current="Full costs and budget" title="Full costs and budget">
        Full costs and budget
      </ApprovalHeader>
      <SuccessNotice message={flash} />
      <div className="filters">
        <SelectField
          id="cost-year"
          label="Financial year"
          options={(years.includes(year) ? years : [year, ...years]).map((y) => ({ id: y, label: y }))}
          value={year}
          onChange={(v) => choose('year', v)}
        />
        <SelectField id="cost-policy" label="Budget each post at" options={policies} value={policy} onChange={(v) => choose('policy', v)} />
      </div>

      <section aria-labelledby="cost-heading" className="section">
        <h2 id="cost-heading">Full cost of each post</h2>
        {cost.isPending ? (
          <Loading what="full costs" />
        ) : cost.isError ? (
          <Problem error={cost.error} />
        ) : (
          <>
            {cost.data.provisionalPosts > 0 && (
              <p className="notice">
                {cost.data.provisionalPosts} of {cost.data.posts.length} posts are costed at their design grade, provisionally, until HR approves an evaluation
                of their job description.
              </p>
            )}
            <PostCostsTable cost={cost.data} />
            <h3>Where the figures come from</h3>
            <TablesUsed cost={cost.data} />
          </>
        )}
      </section>

      <section aria-labelledby="budget-heading" className="section">
        <h2 id="budget-heading">Function budget {year}</h2>
        {budget.isPending ? (
          <Loading what="budget" />
        ) : budget.isError ? (
          <Problem error={budget.error} />
        ) : (
          <>
            <BudgetFigures budget={budget.data} />
            <NonPayLinesTable budget={budget.data} />
            <h3>Posts not graded yet</h3>
            <NotGradedPosts budget={budget.data} />
            <h3>One-off transition costs</h3>
            <OneOffCosts budget={budget.data} />
            {canEdit && (
              <>
                <h3>Change the non-pay lines</h3>
                <NonPayLinesForm key={`${year}-${budget.data.nonPayTotalPence}`} budget={budget.data} onSaved={setFlash} />
              </>
            )}
            <h3>Finance sign-off</h3>
            <SignOffs budget={budget.data} />
          </>
        )}
      </section>

      <section aria-labelledby="exit-heading" className="section">
        <h2 id="exit-heading">Exit costs</h2>
        {exits.isPending ? (
          <Loading what="exit costs" />
        ) : exits.isError ? (
          <Problem error={exits.error} />
        ) : (
          <>
            <ExitCostsTable rows={exits.data} />
            {canEdit && exits.data.length > 0 && (
              <>
                <h3>Record the facts for a post at risk</h3>
                <ExitCostForm programmeId={programme.id} rows={exits.data} onSaved={setFlash} />
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
