import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, Problem } from '../../components/query-status';
import { TextAreaField } from '../../components/text-area-field';
import { newCommandId } from '../../lib/command-id';
import {
  functionBudgetOptions,
  optionCostOptions,
  type FunctionBudget,
  BudgetFigures,
  NonPayLinesTable,
  SignOffs,
  PostCostsTable,
  TablesUsed,
  SignOffBudgetDocument,
  afterCostingChange,
} from '../costing';
import { financialYearParam } from '../../lib/financial-year';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { PortalHeading } from './components/portal-heading';
import { useCommand } from '../../lib/use-command';
import { SubmitButton } from '../../components/submit-button';
import { SuccessNotice, ChangeFailureNotice } from '../../components/notice';

export function BudgetSignOffPage() {
  return <ProgrammePage backTo="/portal" backLabel="Go to your home page" page={SignOff} />;
}

// The finance business partner checks the year's budget, post by post, and signs it off.
function SignOff({ context }: { context: ProgrammeContext }) {
  const [params] = useSearchParams();
  const year = financialYearParam(params.get('year'));
  const budget = useQuery(functionBudgetOptions(context.programme.id, year));
  const cost = useQuery(optionCostOptions(context.programme.id, year, 'MID'));
  const [flash, setFlash] = useState<string | null>(null);
  const title = `Function budget ${year}`;
  return (
    <>
      <PortalHeading context={context} title={title} />
      <SuccessNotice message={flash} />
      {budget.isPending ? (
        <Loading what="budget" />
      ) : budget.isError ? (
        <Problem error={budget.error} />
      ) : (
        <>
          <BudgetFigures budget={budget.data} />
          <NonPayLinesTable budget={budget.data} />
          <section aria-labelledby="pay-heading" className="section">
            <h2 id="pay-heading">Pay, post by post</h2>
            {cost.isPending ? (
              <Loading what="full costs" />
            ) : cost.isError ? (
              <Problem error={cost.error} />
            ) : (
              <>
                <PostCostsTable cost={cost.data} />
                <TablesUsed cost={cost.data} />
              </>
            )}
          </section>
          <section aria-labelledby="signoff-heading" className="section">
            <h2 id="signoff-heading">Sign-off</h2>
            <SignOffs budget={budget.data} />
            {!budget.data.signOffs.some((s) => s.current) && <SignOffForm budget={budget.data} onSigned={setFlash} />}
          </section>
        </>
      )}
    </>
  );
}

function SignOffForm({ budget, onSigned }: { budget: FunctionBudget; onSigned: (text: string) => void }) {
  const sign = useCommand(SignOffBudgetDocument, afterCostingChange);
  const [commandId] = useState(newCommandId);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sign.isPending) return;
    if (!note.trim()) {
      setError('Enter a note for the sign-off, such as how it is funded');
      return;
    }
    setError(undefined);
    sign.mutateAsync({ programmeId: budget.programmeId, financialYear: budget.financialYear, note: note.trim(), commandId }).then(
      () => onSigned(`The ${budget.financialYear} budget is signed off.`),
      () => undefined,
    );
  }
  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: 'signoff-note', message: error }] : []} />
      <ChangeFailureNotice error={sign.error} stale="The budget changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextAreaField id="signoff-note" label="Note" hint="What you are signing, and how any gap is met." value={note} onChange={setNote} error={error} />
        <SubmitButton status={sign.isPending ? 'Signing…' : ''}>Sign off the budget</SubmitButton>
      </Form>
    </>
  );
}
