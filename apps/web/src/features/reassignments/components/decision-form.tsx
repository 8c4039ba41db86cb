import { useState, type FormEvent } from 'react';
import { Checkbox, CheckboxGroup, Form, Label, Text } from 'react-aria-components';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { TransitionMapQuery } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { formatFte } from '../../../lib/units';
import { changeFailureOf } from '../../../lib/change-failure';
import { allowedDecisions, decisionLabels, type Decision } from './allowed-decisions';
import { decisionFieldId as fid, initialDecisionValues, NO_DEAL, OUTSIDE, readDecision, type DecisionInput, type DecisionValues } from './decision-values';
import type { AsIsRow } from './reassignment-labels';
import { useCommand } from '../../../lib/use-command';
import {
  EndTrialPeriodDocument,
  GrantPayProtectionDocument,
  MarkAtRiskDocument,
  PlaceInRingFenceDocument,
  RecordRedeploymentDocument,
  RecordSelectionOutcomeDocument,
  RecordSlotInDocument,
  ReleaseVacancyDocument,
  StartTrialPeriodDocument,
  afterReassignment,
} from '../api/reassignments.commands';

type TransitionMapData = TransitionMapQuery['transitionMap'];
type Deal = TransitionMapQuery['fteDeals'][number];

type DecisionFormProps = {
  programmeId: string;
  row: AsIsRow;
  map: TransitionMapData;
  deals: readonly Deal[];
  onDecided: (message: string) => void;
};

function useDecisionMutations() {
  return {
    recordSlotIn: useCommand(RecordSlotInDocument, afterReassignment),
    placeInRingFence: useCommand(PlaceInRingFenceDocument, afterReassignment),
    recordSelectionOutcome: useCommand(RecordSelectionOutcomeDocument, afterReassignment),
    markAtRisk: useCommand(MarkAtRiskDocument, afterReassignment),
    recordRedeployment: useCommand(RecordRedeploymentDocument, afterReassignment),
    startTrialPeriod: useCommand(StartTrialPeriodDocument, afterReassignment),
    endTrialPeriod: useCommand(EndTrialPeriodDocument, afterReassignment),
    grantPayProtection: useCommand(GrantPayProtectionDocument, afterReassignment),
    releaseVacancy: useCommand(ReleaseVacancyDocument, afterReassignment),
  };
}

// Records the next decision for one as-is post. Only the decisions the post's state allows are
// offered; anything the API still refuses is shown as it says it.
export function DecisionForm({ programmeId, row, map, deals, onDecided }: DecisionFormProps) {
  const allowed = allowedDecisions(row);
  const [decision, setDecision] = useState<Decision | ''>(allowed.length === 1 ? allowed[0]! : '');
  const [values, setValues] = useState<DecisionValues>(() => initialDecisionValues(row));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [commandId, setCommandId] = useState(newCommandId);
  const mutations = useDecisionMutations();
  const active = decision ? mutations[decision] : null;
  const failure = changeFailureOf(active?.error);
  const set =
    <K extends keyof DecisionValues>(key: K) =>
    (value: DecisionValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const errorFor = (field: keyof DecisionValues) => problems.find((p) => p.fieldId === fid(field))?.message;

  if (allowed.length === 0) {
    return <p>No further decision can be recorded for this post{row.inEstablishment ? ' in its present state' : ': it is no longer in the establishment'}.</p>;
  }

  function send(value: DecisionInput) {
    const done = () => {
      setCommandId(newCommandId());
      setValues(initialDecisionValues(row));
      onDecided(`${decisionLabels[value.decision]}: recorded for ${row.reference}.`);
    };
    switch (value.decision) {
      case 'recordSlotIn':
        return mutations.recordSlotIn.mutate(value.input, { onSuccess: done });
      case 'placeInRingFence':
        return mutations.placeInRingFence.mutate(value.input, { onSuccess: done });
      case 'recordSelectionOutcome':
        return mutations.recordSelectionOutcome.mutate(value.input, { onSuccess: done });
      case 'markAtRisk':
        return mutations.markAtRisk.mutate(value.input, { onSuccess: done });
      case 'recordRedeployment':
        return mutations.recordRedeployment.mutate(value.input, { onSuccess: done });
      case 'startTrialPeriod':
        return mutations.startTrialPeriod.mutate(value.input, { onSuccess: done });
      case 'endTrialPeriod':
        return mutations.endTrialPeriod.mutate(value.input, { onSuccess: done });
      case 'grantPayProtection':
        return mutations.grantPayProtection.mutate(value.input, { onSuccess: done });
      case 'releaseVacancy':
        return mutations.releaseVacancy.mutate(value.input, { onSuccess: done });
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (active?.isPending) return;
    if (!decision) {
      setProblems([{ fieldId: 'decision-choice', message: 'Choose the decision to record' }]);
      return;
    }
    const base = { programmeId, postId: row.postId, reason: values.reason.trim(), commandId };
    const read = readDecision(decision, values, { row, asIs: map.asIs, base });
    setProblems(read.problems);
    if (read.value) send(read.value);
  }

  const toBe = map.toBe.map((t) => ({ id: t.designPostId, label: `${t.title} (grade ${t.grade}, ${formatFte(t.unfilledFte)} FTE unfilled)` }));
  const pool = map.pools.find((p) => p.id === row.poolId);
  const poolPosts = toBe.filter((t) => pool?.designPostIds.includes(t.id));
  const serviceDeals = deals.filter((d) => d.serviceId === row.serviceId && d.status !== 'REJECTED' && d.status !== 'WITHDRAWN');
  const serverField =
    failure?.kind === 'problem' && failure.field && (Object.keys(values) as (keyof DecisionValues)[]).includes(failure.field as keyof DecisionValues)
      ? { fieldId: fid(failure.field as keyof DecisionValues), message: failure.message }
      : null;
  const shown = problems.length > 0 ? problems : serverField ? [serverField] : [];
  const reasonField = (
    <TextAreaField
      id={fid('reason')}
      label="Reason"
      hint="Kept in the post's history, where HR, the postholder's representatives and auditors read it."
      value={values.reason}
      onChange={set('reason')}
      error={errorFor('reason') ?? (serverField?.fieldId === fid('reason') ? serverField.message : undefined)}
    />
  );
  const dates = (startLabel: string, endLabel: string, endHint: string) => (
    <>
      <TextField
        id={fid('startDate')}
        label={startLabel}
        hint="Written year-month-day, such as 2027-02-01"
        value={values.startDate}
        onChange={set('startDate')}
        error={errorFor('startDate')}
      />
      <TextField id={fid('endDate')} label={endLabel} hint={endHint} value={values.endDate} onChange={set('endDate')} error={errorFor('endDate')} />
    </>
  );

  return (
    <>
      <ErrorSummary problems={shown} />
      {failure && !serverField && problems.length === 0 && (
        <div className="notice notice--error" role="alert">
          <h3 className="notice__title">The decision was not recorded</h3>
          <p>
            {failure.kind === 'stale'
              ? 'Someone else recorded a decision for this post meanwhile. Reload the page to see it, then decide again.'
              : failure.message}
          </p>
        </div>
      )}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <SelectField
          id="decision-choice"
          label="Decision"
          hint="Only the decisions this post's present state allows are listed."
          placeholder="Choose a decision"
          options={allowed.map((d) => ({ id: d, label: decisionLabels[d] }))}
          value={decision}
          onChange={(d) => {
            setDecision(d as Decision);
            setProblems([]);
          }}
          error={problems.find((p) => p.fieldId === 'decision-choice')?.message}
        />
        {decision === 'recordSlotIn' && (
          <>
            <SelectField
              id={fid('designPostId')}
              label="Post of the new function"
              placeholder="Choose a post"
              options={toBe}
              value={values.designPostId}
              onChange={set('designPostId')}
              error={errorFor('designPostId')}
            />
            <TextField
              id={fid('jobMatchPercent')}
              label="Job-content match, percent"
              hint="From the job-matching panel; the council's threshold to slot in is 70%."
              width="narrow"
              inputMode="numeric"
              value={values.jobMatchPercent}
              onChange={set('jobMatchPercent')}
              error={errorFor('jobMatchPercent')}
            />
          </>
        )}
        {decision === 'placeInRingFence' && (
          <>
            <TextField
              id={fid('poolName')}
              label="Pool name"
              hint="Such as Contract Manager ring fence"
              value={values.poolName}
              onChange={set('poolName')}
              error={errorFor('poolName')}
            />
            <CheckboxGroup
              className="field"
              value={values.poolDesignPostIds}
              onChange={set('poolDesignPostIds')}
              isInvalid={Boolean(errorFor('poolDesignPostIds'))}
            >
              <Label className="field__label">Posts of the new function the pool competes for</Label>
              {errorFor('poolDesignPostIds') && (
                <Text slot="errorMessage" className="field__error">
                  {errorFor('poolDesignPostIds')}
                </Text>
              )}
              {toBe.map((t, i) => (
                <Checkbox key={t.id} value={t.id} id={i === 0 ? fid('poolDesignPostIds') : undefined} className="checkbox">
                  {({ isSelected }) => (
                    <>
                      <span className="checkbox__box" aria-hidden="true">
                        {isSelected ? '✓' : ''}
                      </span>
                      <span className="checkbox__label">{t.label}</span>
                    </>
                  )}
                </Checkbox>
              ))}
            </CheckboxGroup>
            <TextField
              id={fid('poolOtherPosts')}
              label="Other as-is posts in the pool (optional)"
              hint={`${row.reference} is in the pool. Add the references of the others, separated by commas, such as ACM-0005, ACM-0006.`}
              value={values.poolOtherPosts}
              onChange={set('poolOtherPosts')}
              error={errorFor('poolOtherPosts')}
            />
          </>
        )}
        {decision === 'recordSelectionOutcome' && (
          <>
            <SelectField
              id={fid('selection')}
              label="Outcome"
              options={[
                { id: 'APPOINTED', label: 'Appointed' },
                { id: 'NOT_APPOINTED', label: 'Not appointed' },
              ]}
              value={values.selection}
              onChange={(s) => set('selection')(s as DecisionValues['selection'])}
            />
            {values.selection === 'APPOINTED' && (
              <SelectField
                id={fid('designPostId')}
                label="Appointed to"
                placeholder="Choose a post"
                options={poolPosts}
                value={values.designPostId}
                onChange={set('designPostId')}
                error={errorFor('designPostId')}
              />
            )}
          </>
        )}
        {decision === 'recordRedeployment' && (
          <>
            <TextField
              id={fid('toDescription')}
              label="Suitable alternative post offered"
              hint="Such as Contract Monitoring Officer (Grade 8)"
              value={values.toDescription}
              onChange={set('toDescription')}
              error={errorFor('toDescription')}
            />
            <CheckboxField label="A priority interview was held" isSelected={values.priorityInterview} onChange={set('priorityInterview')} />
          </>
        )}
        {decision === 'startTrialPeriod' && (
          <>
            <SelectField
              id={fid('designPostId')}
              label="Post of the trial"
              placeholder="Choose a post"
              options={[...toBe, { id: OUTSIDE, label: 'A post outside the new function' }]}
              value={values.designPostId}
              onChange={set('designPostId')}
              error={errorFor('designPostId')}
            />
            {dates('Trial start date', 'Trial end date', 'At most 4 weeks counting the start day (start + 27 days), unless extended by written agreement')}
            <CheckboxField label="Extended beyond 4 weeks by written agreement" isSelected={values.extended} onChange={set('extended')} />
            {values.extended && (
              <TextAreaField
                id={fid('agreementNote')}
                label="The written agreement"
                value={values.agreementNote}
                onChange={set('agreementNote')}
                error={errorFor('agreementNote')}
              />
            )}
          </>
        )}
        {decision === 'endTrialPeriod' && (
          <SelectField
            id={fid('trialOutcome')}
            label="Outcome of the trial"
            options={[
              { id: 'CONFIRMED', label: 'Confirmed in post' },
              { id: 'UNSUITABLE', label: 'Unsuitable: back to at risk' },
            ]}
            value={values.trialOutcome}
            onChange={(s) => set('trialOutcome')(s as DecisionValues['trialOutcome'])}
          />
        )}
        {decision === 'grantPayProtection' && (
          <>
            <TextField
              id={fid('protectedGrade')}
              label="Protected grade"
              hint="The grade whose pay is protected, such as Grade 9"
              value={values.protectedGrade}
              onChange={set('protectedGrade')}
              error={errorFor('protectedGrade')}
            />
            {dates(
              'Protection start date',
              'Protection end date',
              'At most the months the council’s policy pack allows, from its version in force on the start date (36 under the national default)',
            )}
          </>
        )}
        {decision === 'releaseVacancy' && (
          <SelectField
            id={fid('dealId')}
            label="FTE deal the released budget goes to (optional)"
            options={[{ id: NO_DEAL, label: 'No deal' }, ...serviceDeals.map((d) => ({ id: d.id, label: `${d.serviceName} deal` }))]}
            value={values.dealId}
            onChange={set('dealId')}
          />
        )}
        {decision && reasonField}
        {decision && <Button type="submit">Record the decision</Button>}
        <p role="status" className="hint">
          {active?.isPending ? 'Recording…' : ''}
        </p>
      </Form>
    </>
  );
}
