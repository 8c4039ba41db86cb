import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import { formatFte } from '../../../lib/units';
import { ActionProblem } from './action-problem';
import type { Plan } from './plan-table';
import { initialDraftValues, ownerFieldId, readDraft, stageLabels, stageOrder, targetFieldId, type DraftValues } from './plan-values';
import { useCommand } from '../../../lib/use-command';
import { DraftRecruitmentPlanDocument, afterHandoverChange } from '../api/handover.commands';
import { SubmitButton } from '../../../components/submit-button';

// Every vacancy the chosen structure leaves open, with its recruiting manager and a target date
// for each stage it goes through (blank: the stage is skipped).
export function DraftPlanForm({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const open = plan.openVacancies;
  const [values, setValues] = useState<DraftValues>(() => initialDraftValues(open, plan.vacancies));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [commandId, setCommandId] = useState(newCommandId);
  const draft = useCommand(DraftRecruitmentPlanDocument, afterHandoverChange);
  if (open.length === 0) return <p>Every post of the chosen structure is filled by slot-in, ring fence or redeployment: there is nothing to recruit.</p>;

  const setOwner = (id: string) => (owner: string) => setValues((v) => ({ ...v, [id]: { ...v[id]!, owner } }));
  const setTarget = (id: string, stage: (typeof stageOrder)[number]) => (date: string) =>
    setValues((v) => ({ ...v, [id]: { ...v[id]!, targets: { ...v[id]!.targets, [stage]: date } } }));
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.isPending) return;
    const read = readDraft(open, values);
    setProblems(read.problems);
    if (read.problems.length > 0) return;
    draft.mutate(
      { programmeId: plan.programmeId, vacancies: read.vacancies, commandId },
      {
        onSuccess: () => {
          setCommandId(newCommandId());
          onDone('The recruitment plan was saved as a draft.');
        },
      },
    );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ActionProblem error={draft.error} title="The plan was not saved" />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        {open.map((v) => (
          <fieldset key={v.designPostId} className="handover__vacancy">
            <legend className="field__label">
              {v.title} (grade {v.grade}, {formatFte(v.fte)} FTE to recruit)
            </legend>
            <TextField
              id={ownerFieldId(v.designPostId)}
              label="Recruiting manager"
              value={values[v.designPostId]?.owner ?? ''}
              onChange={setOwner(v.designPostId)}
              error={errorFor(ownerFieldId(v.designPostId))}
            />
            <div className="handover__stages">
              {stageOrder.map((stage) => (
                <TextField
                  key={stage}
                  id={targetFieldId(v.designPostId, stage)}
                  label={`${stageLabels[stage]} target date`}
                  hint="Year-month-day; leave blank to skip"
                  width="narrow"
                  value={values[v.designPostId]?.targets[stage] ?? ''}
                  onChange={setTarget(v.designPostId, stage)}
                  error={errorFor(targetFieldId(v.designPostId, stage))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <SubmitButton status={draft.isPending ? 'Saving…' : ''}>Save the draft plan</SubmitButton>
      </Form>
    </>
  );
}
