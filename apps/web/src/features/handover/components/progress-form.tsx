import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { RecruitmentStage } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { ActionProblem } from './action-problem';
import type { Plan } from './plan-table';
import { progressChoices, stageLabels, type ProgressAction } from './plan-values';
import { useCommand } from '../../../lib/use-command';
import {
  RecordRecruitmentStageCompletedDocument,
  RecordVacancyFilledDocument,
  ReplanRecruitmentStageDocument,
  afterHandoverChange,
} from '../api/handover.commands';

const actionLabels: Record<ProgressAction, string> = {
  complete: 'A stage was completed',
  replan: 'A stage moves to a new target date',
  filled: 'The vacancy was filled',
};

// The plan's owner records progress: one vacancy, one step at a time.
export function ProgressForm({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const vacancies = plan.vacancies.filter((v) => progressChoices(v).actions.length > 0);
  const [vacancyId, setVacancyId] = useState('');
  const [action, setAction] = useState<ProgressAction | ''>('');
  const [stage, setStage] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [commandId, setCommandId] = useState(newCommandId);
  const complete = useCommand(RecordRecruitmentStageCompletedDocument, afterHandoverChange);
  const replan = useCommand(ReplanRecruitmentStageDocument, afterHandoverChange);
  const filled = useCommand(RecordVacancyFilledDocument, afterHandoverChange);
  const active = action === 'complete' ? complete : action === 'replan' ? replan : action === 'filled' ? filled : null;
  if (vacancies.length === 0) return <p>Every vacancy of the plan is filled.</p>;

  const vacancy = vacancies.find((v) => v.vacancyId === vacancyId);
  const choices = vacancy ? progressChoices(vacancy) : { actions: [], openStages: [] };
  const errorFor = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (active?.isPending) return;
    const found: FieldProblem[] = [];
    if (!vacancy) found.push({ fieldId: 'progress-vacancy', message: 'Choose the vacancy' });
    if (!action) found.push({ fieldId: 'progress-action', message: 'Choose what happened' });
    if (action !== 'filled' && action && !stage) found.push({ fieldId: 'progress-stage', message: 'Choose the stage' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) found.push({ fieldId: 'progress-date', message: 'Write the date as year-month-day, such as 2027-01-11' });
    if (action === 'replan' && !reason.trim()) found.push({ fieldId: 'progress-reason', message: 'Say why the date moves' });
    setProblems(found);
    if (found.length > 0 || !vacancy) return;
    const base = { programmeId: plan.programmeId, vacancyId: vacancy.vacancyId, commandId };
    const done = (message: string) => () => {
      setCommandId(newCommandId());
      setDate('');
      setReason('');
      setStage('');
      onDone(message);
    };
    const stageName = stage ? stageLabels[stage as RecruitmentStage] : '';
    if (action === 'complete')
      complete.mutate(
        { ...base, stage: stage as RecruitmentStage, completedOn: date.trim() },
        { onSuccess: done(`${vacancy.title}: ${stageName} recorded as completed.`) },
      );
    if (action === 'replan')
      replan.mutate(
        { ...base, stage: stage as RecruitmentStage, targetDate: date.trim(), reason: reason.trim() },
        { onSuccess: done(`${vacancy.title}: ${stageName} moved.`) },
      );
    if (action === 'filled') filled.mutate({ ...base, startDate: date.trim() }, { onSuccess: done(`${vacancy.title}: recorded as filled.`) });
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ActionProblem error={active?.error ?? null} title="The progress was not recorded" />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="progress-vacancy"
          label="Vacancy"
          placeholder="Choose a vacancy"
          options={vacancies.map((v) => ({ id: v.vacancyId, label: v.title }))}
          value={vacancyId}
          onChange={(id) => {
            setVacancyId(id);
            setAction('');
            setStage('');
          }}
          error={errorFor('progress-vacancy')}
        />
        {vacancy && (
          <SelectField
            id="progress-action"
            label="What happened"
            placeholder="Choose one"
            options={choices.actions.map((a) => ({ id: a, label: actionLabels[a] }))}
            value={action}
            onChange={(a) => setAction(a as ProgressAction)}
            error={errorFor('progress-action')}
          />
        )}
        {(action === 'complete' || action === 'replan') && (
          <SelectField
            id="progress-stage"
            label="Stage"
            placeholder="Choose a stage"
            options={choices.openStages.map((s) => ({ id: s, label: stageLabels[s] }))}
            value={stage}
            onChange={setStage}
            error={errorFor('progress-stage')}
          />
        )}
        {action && (
          <TextField
            id="progress-date"
            label={action === 'complete' ? 'Date completed' : action === 'replan' ? 'New target date' : 'Start date'}
            hint="Year-month-day, such as 2027-01-11"
            width="narrow"
            value={date}
            onChange={setDate}
            error={errorFor('progress-date')}
          />
        )}
        {action === 'replan' && (
          <TextAreaField id="progress-reason" label="Why the date moves" value={reason} onChange={setReason} error={errorFor('progress-reason')} />
        )}
        {action && <Button type="submit">Record the progress</Button>}
        <p role="status" className="hint">
          {active?.isPending ? 'Recording…' : ''}
        </p>
      </Form>
    </>
  );
}
