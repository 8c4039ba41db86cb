import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { formatCivilDate } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import { useCommand } from '../../../lib/use-command';
import type { ConsultationPlan } from '../api/consultation.queries';
import { ElectEmployeeRepresentativesDocument, afterConsultationChange } from '../api/consultation.commands';
import { ServerFailure, useProblems } from './form-parts';

export function ElectionSummary({ election }: { election: ConsultationPlan['election'] }) {
  if (!election) return <p>No election recorded.</p>;
  const url = /https?:\/\/\S+/.exec(election.source)?.[0];
  return (
    <>
      <p>
        Elected on {formatCivilDate(election.electedOn)} for a term ending {formatCivilDate(election.termEndsOn)}:{' '}
        {election.representatives.map((r) => `${r.person} (representing ${r.represents.length})`).join(', ')}.
      </p>
      {url && (
        <p className="hint">
          Source: <a href={url}>TULRCA 1992 s.188A</a>
        </p>
      )}
    </>
  );
}

// One constituency: every representative elected represents all the affected employees.
export function ElectionForm({ planId, people }: { planId: string; people: ConsultationPlan['individuals'] }) {
  const elect = useCommand(ElectEmployeeRepresentativesDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [electedOn, setElectedOn] = useState('');
  const [termEndsOn, setTermEndsOn] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [fair, setFair] = useState(false);
  const [allVote, setAllVote] = useState(false);
  const [secret, setSecret] = useState(false);
  const { problems, check, error } = useProblems();
  const toggle = (postId: string, on: boolean) => setChosen((c) => (on ? [...c, postId] : c.filter((id) => id !== postId)));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (elect.isPending) return;
    const ok = check([
      [Boolean(electedOn), 'election-date', 'Enter the date of the election'],
      [Boolean(termEndsOn), 'election-term', 'Enter the day the representatives’ term ends'],
      [chosen.length > 0, 'election-reps', 'Choose who was elected'],
    ]);
    if (!ok) return;
    const everyone = people.map((p) => p.postId);
    elect.mutate(
      {
        planId,
        electedOn,
        termEndsOn,
        representatives: chosen.map((postId) => ({ postId, represents: everyone })),
        fairArrangements: fair,
        allAffectedCouldVote: allVote,
        secretBallot: secret,
        commandId,
      },
      { onSuccess: () => setCommandId(newCommandId()) },
    );
  }
  return (
    <>
      <ErrorSummary problems={problems} />
      <ServerFailure error={elect.error} />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id="election-date" label="Elected on" type="date" value={electedOn} onChange={setElectedOn} error={error('election-date')} />
        <TextField
          id="election-term"
          label="Term ends on"
          hint="Long enough to complete the consultation (s.188A(1)(d))"
          type="date"
          value={termEndsOn}
          onChange={setTermEndsOn}
          error={error('election-term')}
        />
        <fieldset className="fieldset" id="election-reps" aria-describedby={error('election-reps') ? 'election-reps-error' : undefined}>
          <legend>Elected representatives (from among the affected employees)</legend>
          {error('election-reps') && (
            <p id="election-reps-error" className="field__error">
              {error('election-reps')}
            </p>
          )}
          {people.map((p) => (
            <CheckboxField
              key={p.postId}
              label={`${p.person} (${p.postReference})`}
              isSelected={chosen.includes(p.postId)}
              onChange={(on) => toggle(p.postId, on)}
            />
          ))}
        </fieldset>
        <CheckboxField label="The arrangements for the election were fair (s.188A(1)(a))" isSelected={fair} onChange={setFair} />
        <CheckboxField label="Every affected employee was entitled to vote (s.188A(1)(g))" isSelected={allVote} onChange={setAllVote} />
        <CheckboxField label="Votes were secret and accurately counted (s.188A(1)(i))" isSelected={secret} onChange={setSecret} />
        <Button type="submit">Record the election</Button>
      </Form>
    </>
  );
}
