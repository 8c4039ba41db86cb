import type { FieldProblem } from '../../../components/error-summary';
import type {
  EndTrialPeriodInput,
  GrantPayProtectionInput,
  MarkAtRiskInput,
  PlaceInRingFenceInput,
  RecordRedeploymentInput,
  RecordSelectionOutcomeInput,
  RecordSlotInInput,
  ReleaseVacancyInput,
  StartTrialPeriodInput,
} from '../../../gql/graphql';
import { parseCivilDate } from '../../deals';
import type { Decision } from './allowed-decisions';
import type { AsIsRow } from './reassignment-labels';

export const OUTSIDE = 'outside';
export const NO_DEAL = 'none';

export type DecisionValues = {
  designPostId: string;
  jobMatchPercent: string;
  poolName: string;
  poolDesignPostIds: string[];
  poolOtherPosts: string;
  selection: 'APPOINTED' | 'NOT_APPOINTED';
  toDescription: string;
  priorityInterview: boolean;
  startDate: string;
  endDate: string;
  extended: boolean;
  agreementNote: string;
  trialOutcome: 'CONFIRMED' | 'UNSUITABLE';
  protectedGrade: string;
  dealId: string;
  reason: string;
};

export const decisionFieldId = (field: keyof DecisionValues) => `decision-${field}`;

export function initialDecisionValues(row: AsIsRow): DecisionValues {
  return {
    designPostId: '',
    jobMatchPercent: '',
    poolName: '',
    poolDesignPostIds: [],
    poolOtherPosts: '',
    selection: 'APPOINTED',
    toDescription: '',
    priorityInterview: false,
    startDate: '',
    endDate: '',
    extended: false,
    agreementNote: '',
    trialOutcome: 'CONFIRMED',
    protectedGrade: row.grade ?? '',
    dealId: NO_DEAL,
    reason: '',
  };
}

type Base = { programmeId: string; postId: string; reason: string; commandId: string };
export type DecisionInput =
  | { decision: 'recordSlotIn'; input: RecordSlotInInput }
  | { decision: 'placeInRingFence'; input: PlaceInRingFenceInput }
  | { decision: 'recordSelectionOutcome'; input: RecordSelectionOutcomeInput }
  | { decision: 'markAtRisk'; input: MarkAtRiskInput }
  | { decision: 'recordRedeployment'; input: RecordRedeploymentInput }
  | { decision: 'startTrialPeriod'; input: StartTrialPeriodInput }
  | { decision: 'endTrialPeriod'; input: EndTrialPeriodInput }
  | { decision: 'grantPayProtection'; input: GrantPayProtectionInput }
  | { decision: 'releaseVacancy'; input: ReleaseVacancyInput };

type Context = { row: AsIsRow; asIs: readonly AsIsRow[]; base: Base };

// Checks the fields a decision needs and builds the API's input; the API checks the rules.
export function readDecision(decision: Decision, v: DecisionValues, { row, asIs, base }: Context): { value: DecisionInput | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const need = (field: keyof DecisionValues, ok: boolean, message: string) => {
    if (!ok) problems.push({ fieldId: decisionFieldId(field), message });
  };
  const date = (field: 'startDate' | 'endDate', label: string) => {
    const parsed = parseCivilDate(v[field]);
    if (!parsed.ok) problems.push({ fieldId: decisionFieldId(field), message: `The ${label} ${parsed.error}` });
    return parsed.ok ? parsed.value : '';
  };
  let value: DecisionInput | null = null;
  switch (decision) {
    case 'recordSlotIn': {
      need('designPostId', v.designPostId !== '', 'Choose the post of the new function to slot into');
      const match = /^\d{1,3}$/.test(v.jobMatchPercent.trim()) ? Number(v.jobMatchPercent.trim()) : NaN;
      need('jobMatchPercent', match >= 0 && match <= 100, 'Enter the job-content match as a whole percent from 0 to 100');
      value = { decision, input: { ...base, designPostId: v.designPostId, jobMatchPercent: match } };
      break;
    }
    case 'placeInRingFence': {
      need('poolName', v.poolName.trim() !== '', 'Enter a name for the pool');
      need('poolDesignPostIds', v.poolDesignPostIds.length > 0, 'Choose at least one post of the new function the pool competes for');
      const references = v.poolOtherPosts
        .split(/[,\s]+/)
        .map((r) => r.trim().toUpperCase())
        .filter(Boolean);
      const unknown = references.filter((r) => !asIs.some((a) => a.reference.toUpperCase() === r));
      need('poolOtherPosts', unknown.length === 0, `There is no as-is post ${unknown.join(', ')}`);
      const others = asIs.filter((a) => references.includes(a.reference.toUpperCase()) && a.postId !== row.postId).map((a) => a.postId);
      const { postId, ...rest } = base;
      value = { decision, input: { ...rest, name: v.poolName.trim(), postIds: [postId, ...others], designPostIds: v.poolDesignPostIds } };
      break;
    }
    case 'recordSelectionOutcome': {
      need('designPostId', v.selection === 'NOT_APPOINTED' || v.designPostId !== '', 'Choose the post the postholder is appointed to');
      value = {
        decision,
        input: { ...base, poolId: row.poolId ?? '', outcome: v.selection, designPostId: v.selection === 'APPOINTED' ? v.designPostId : null },
      };
      break;
    }
    case 'markAtRisk':
      value = { decision, input: base };
      break;
    case 'recordRedeployment':
      need('toDescription', v.toDescription.trim() !== '', 'Describe the suitable alternative post offered');
      value = { decision, input: { ...base, toDescription: v.toDescription.trim(), priorityInterview: v.priorityInterview } };
      break;
    case 'startTrialPeriod': {
      need('designPostId', v.designPostId !== '', 'Choose the post of the trial, or say it is outside the new function');
      const startDate = date('startDate', 'start date');
      const endDate = date('endDate', 'end date');
      need('agreementNote', !v.extended || v.agreementNote.trim() !== '', 'Describe the written agreement that extends the trial');
      value = {
        decision,
        input: {
          ...base,
          startDate,
          endDate,
          designPostId: v.designPostId === OUTSIDE ? null : v.designPostId,
          extendedByWrittenAgreement: v.extended,
          agreementNote: v.extended ? v.agreementNote.trim() : null,
        },
      };
      break;
    }
    case 'endTrialPeriod':
      value = { decision, input: { ...base, outcome: v.trialOutcome } };
      break;
    case 'grantPayProtection': {
      need('protectedGrade', v.protectedGrade.trim() !== '', 'Enter the grade whose pay is protected');
      const startDate = date('startDate', 'start date');
      const endDate = date('endDate', 'end date');
      value = { decision, input: { ...base, protectedGrade: v.protectedGrade.trim(), startDate, endDate } };
      break;
    }
    case 'releaseVacancy':
      value = { decision, input: { ...base, dealId: v.dealId === NO_DEAL ? null : v.dealId } };
      break;
  }
  need('reason', v.reason.trim() !== '', 'Enter the reason for the decision');
  return problems.length > 0 ? { value: null, problems } : { value, problems };
}
