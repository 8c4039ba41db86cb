import { isFinancialYear, shiftFinancialYear } from '@orgledger/domain/shared';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { DealTermsInput } from '../../../gql/graphql';
import { formatFte } from '../../../lib/units';
import { newLineKey, readTermsForm, termsFieldId, type ServicePost, type TermsFormValues } from './terms-form-values';
import '../deals.css';
import { SubmitButton } from '../../../components/submit-button';

export type TermsFormProps = {
  posts: readonly ServicePost[];
  initialValues: TermsFormValues;
  submitLabel: string;
  onSubmit: (terms: DealTermsInput, reason: string) => void;
  reason: { label: string; hint: string; required: boolean };
  isPending?: boolean;
  /** A problem the API found with one field, shown against it. */
  serverProblem?: FieldProblem | null;
  /** Any other problem the API reported. */
  failure?: string | null;
};

const reasonFieldId = 'terms-reason';
export const termsReasonFieldId = reasonFieldId;

// The terms of an offer: FTE per post as decimal text, budget per financial year in pounds, the
// effective date, the linked service change and the rationale, plus the reason for the step.
export function TermsForm({ posts, initialValues, submitLabel, onSubmit, reason, isPending = false, serverProblem, failure }: TermsFormProps) {
  const [values, setValues] = useState<TermsFormValues>(initialValues);
  const [reasonText, setReasonText] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const set =
    <K extends keyof TermsFormValues>(key: K) =>
    (value: TermsFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const setLine = (key: string, field: 'financialYear' | 'pounds', value: string) =>
    setValues((v) => ({ ...v, budget: v.budget.map((line) => (line.key === key ? { ...line, [field]: value } : line)) }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const read = readTermsForm(values, posts);
    const found = [...read.problems];
    if (reason.required && reasonText.trim() === '') found.push({ fieldId: reasonFieldId, message: `Enter the ${reason.label.toLowerCase()}` });
    setProblems(found);
    if (read.terms && found.length === 0) onSubmit(read.terms, reasonText.trim());
  }

  const shown = problems.length > 0 ? problems : serverProblem ? [serverProblem] : [];
  const errorFor = (fieldId: string) => shown.find((p) => p.fieldId === fieldId)?.message;
  const addYear = () =>
    setValues((v) => {
      const last = v.budget.at(-1)?.financialYear ?? '';
      const year = isFinancialYear(last) ? shiftFinancialYear(last, 1) : '';
      return { ...v, budget: [...v.budget, { key: newLineKey(), financialYear: year, pounds: '' }] };
    });

  return (
    <>
      <ErrorSummary problems={shown} />
      {failure && shown.length === 0 && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">FTE released from each post</legend>
          <p className="field__hint">Enter the FTE each post releases into the new function, such as 0.5. Leave a post empty to keep it out of the deal.</p>
          {posts.length === 0 ? (
            <p className="empty-state">This service has no posts in the establishment yet.</p>
          ) : (
            <div className="table-scroll">
              <table className="table terms-posts">
                <caption className="visually-hidden">The service's posts and the FTE each releases</caption>
                <thead>
                  <tr>
                    <th scope="col">Post</th>
                    <th scope="col">Title</th>
                    <th scope="col" className="table__cell--numeric">
                      Post FTE
                    </th>
                    <th scope="col">FTE to release</th>
                  </tr>
                </thead>
                <tbody>
                  {posts.map((post) => {
                    const id = termsFieldId.fte(post.id);
                    const error = errorFor(id);
                    return (
                      <tr key={post.id} className={error ? 'terms-posts__row--error' : undefined}>
                        <th scope="row">{post.reference}</th>
                        <td>{post.title}</td>
                        <td className="table__cell--numeric">{formatFte(post.fte)}</td>
                        <td>
                          <input
                            id={id}
                            className={error ? 'grid__input terms-posts__input grid__input--error' : 'grid__input terms-posts__input'}
                            inputMode="decimal"
                            autoComplete="off"
                            aria-label={`${post.reference} FTE to release`}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            value={values.fte[post.id] ?? ''}
                            onChange={(e) => {
                              const text = e.target.value;
                              setValues((v) => ({ ...v, fte: { ...v.fte, [post.id]: text } }));
                            }}
                          />
                          {error && (
                            <span id={`${id}-error`} className="grid__error">
                              <span className="visually-hidden">Error: </span>
                              {error}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">Budget released, by financial year</legend>
          <p className="field__hint">The budget the service releases in each council financial year (1 April to 31 March), in pounds. £0 is allowed.</p>
          {values.budget.map((line, i) => (
            <div key={line.key} className="budget-line" role="group" aria-label={`Budget line ${i + 1}`}>
              <TextField
                id={termsFieldId.year(line.key)}
                label={`Budget line ${i + 1}: financial year`}
                hint="Such as 2026/27"
                width="narrow"
                value={line.financialYear}
                onChange={(v) => setLine(line.key, 'financialYear', v)}
                error={errorFor(termsFieldId.year(line.key))}
              />
              <TextField
                id={termsFieldId.pounds(line.key)}
                label={`Budget line ${i + 1}: amount in pounds`}
                hint="Such as 45,000.00"
                inputMode="decimal"
                value={line.pounds}
                onChange={(v) => setLine(line.key, 'pounds', v)}
                error={errorFor(termsFieldId.pounds(line.key))}
              />
              {values.budget.length > 1 && (
                <Button variant="link" onPress={() => setValues((v) => ({ ...v, budget: v.budget.filter((l) => l.key !== line.key) }))}>
                  Remove budget line {i + 1}
                </Button>
              )}
            </div>
          ))}
          <Button id={termsFieldId.budget} variant="secondary" onPress={addYear}>
            Add another financial year
          </Button>
        </fieldset>

        <TextField
          id={termsFieldId.effectiveDate}
          label="Effective date"
          hint="When the FTE and budget move, written year-month-day, such as 2027-04-01"
          value={values.effectiveDate}
          onChange={set('effectiveDate')}
          error={errorFor(termsFieldId.effectiveDate)}
        />
        <TextField
          id={termsFieldId.linkedChange}
          label="Linked service change (optional)"
          hint="The service redesign that frees the work, such as Waste service redesign 2026"
          value={values.linkedChange}
          onChange={set('linkedChange')}
          error={errorFor(termsFieldId.linkedChange)}
        />
        <TextAreaField
          id={termsFieldId.rationale}
          label="Rationale"
          hint="Why these posts and this budget fund the new function."
          value={values.rationale}
          onChange={set('rationale')}
          error={errorFor(termsFieldId.rationale)}
        />
        <TextAreaField id={reasonFieldId} label={reason.label} hint={reason.hint} value={reasonText} onChange={setReasonText} error={errorFor(reasonFieldId)} />
        <SubmitButton status={isPending ? 'Sending…' : ''}>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}
