import type { CivilDate } from '../shared/values';
import { PROGRAMME_STAGES, type ProgrammeStage } from './events';

export const PROGRAMME_STAGE_LABEL: Record<ProgrammeStage, string> = {
  analysis: 'Analysis',
  funding: 'Funding',
  design: 'Design',
  grading_and_costs: 'Grading and costs',
  approval: 'Approval',
  consultation: 'Consultation',
  handover: 'Handover',
  done: 'Done',
};

// A recorded decision of any context of the programme, as the stage rule needs it.
export type ProgrammeDecision = { type: string; data: Record<string, unknown>; occurredAt: string };

// The decision that moved the programme into its stage, for the history and a stepper.
export type StageDecision = { type: string; summary: string; on: CivilDate };
export type ProgrammeStageView = { stage: ProgrammeStage; setBy: StageDecision | null };

export const initialProgrammeStage: ProgrammeStageView = { stage: 'analysis', setBy: null };

type Entry = { stage: ProgrammeStage; summary: string; dateField?: string };

// Which decision starts which stage. Each stage is the work now under way, so a decision that
// completes a stage starts the next one: approval by the Design Authority → consultation.
const ENTERED_BY: Record<string, (data: Record<string, unknown>) => Entry | null> = {
  // Funding is negotiated with service directors once the first FTE deal is proposed.
  FteDealProposed: () => ({ stage: 'funding', summary: 'First FTE deal proposed' }),
  DesignOptionDrafted: () => ({ stage: 'design', summary: 'Design option drafted' }),
  // A chosen option is graded (job descriptions, evaluation) and costed before it goes forward.
  DesignOptionChosen: () => ({ stage: 'grading_and_costs', summary: 'Design option chosen' }),
  DesignAuthoritySubmitted: () => ({ stage: 'approval', summary: 'Submitted to the Design Authority' }),
  DesignAuthorityDecided: (data) => {
    if (data.decision === 'approved' || data.decision === 'approved_with_conditions') {
      const how = data.decision === 'approved' ? 'Approved' : 'Approved with conditions';
      return { stage: 'consultation', summary: `${how} by the Design Authority`, dateField: 'meetingDate' };
    }
    // A refusal sends the proposal back to design; a deferral leaves it awaiting a decision.
    if (data.decision === 'rejected') return { stage: 'design', summary: 'Rejected by the Design Authority', dateField: 'meetingDate' };
    return null;
  },
  ConsultationLaunched: () => ({ stage: 'consultation', summary: 'Consultation launched', dateField: 'launchedOn' }),
  RecruitmentPlanHandedOver: () => ({ stage: 'handover', summary: 'Recruitment plan handed over', dateField: 'handedOverOn' }),
  // Done: the interim service manager has accepted the recruitment and on-boarding plan.
  RecruitmentPlanAccepted: () => ({ stage: 'done', summary: 'Recruitment plan accepted by the interim service manager', dateField: 'acceptedOn' }),
};

// The events that can move a programme's stage; the API reads only these.
export const STAGE_DECISION_TYPES = Object.keys(ENTERED_BY);

const rank = (stage: ProgrammeStage) => PROGRAMME_STAGES.indexOf(stage);

const dateOf = (decision: ProgrammeDecision, field?: string): CivilDate => {
  const value = field ? decision.data[field] : undefined;
  return typeof value === 'string' ? value : decision.occurredAt.slice(0, 10);
};

// The stage moves forward only: a late FTE deal does not take an approved programme back to
// funding. The one way back is a refusal of the proposal awaiting the Design Authority.
export const nextProgrammeStage = (view: ProgrammeStageView, decision: ProgrammeDecision): ProgrammeStageView => {
  const entry = ENTERED_BY[decision.type]?.(decision.data);
  if (!entry) return view;
  const refused = decision.type === 'DesignAuthorityDecided' && entry.stage === 'design';
  const moves = refused ? view.stage === 'approval' : rank(entry.stage) > rank(view.stage);
  if (!moves) return view;
  return { stage: entry.stage, setBy: { type: decision.type, summary: entry.summary, on: dateOf(decision, entry.dateField) } };
};

// The stage after this one, or null when the programme is done.
export const followingStage = (stage: ProgrammeStage): ProgrammeStage | null => PROGRAMME_STAGES[rank(stage) + 1] ?? null;

export const programmeStageOf = (decisions: ProgrammeDecision[]): ProgrammeStageView => decisions.reduce(nextProgrammeStage, initialProgrammeStage);
