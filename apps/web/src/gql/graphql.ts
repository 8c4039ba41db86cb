/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptRecruitmentPlanInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type ActivityShareInput = {
  activityId: string | number;
  /** Whole percent of the post’s time */
  percent: number;
};

export type AddActivityInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  contractManagement: boolean;
  name: string;
  parentId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type AddDealNoteInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  dealId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** Plain text, 1 to 2,000 characters */
  text: string;
};

export type AddDesignPostInput = {
  allowances?: Array<DesignPostAllowanceInput> | null | undefined;
  apprenticeship?: boolean | null | undefined;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  /** FTE in thousandths (0.6 FTE = 600) */
  fte: number;
  /** The council’s numbered grade (1–20) */
  grade: number;
  holderAgeBand?: HolderAgeBand | null | undefined;
  /** Indicative annual cost until Finance has done the full costing */
  indicativeCostPence: number;
  jdReference?: string | null | undefined;
  optionId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** The post this one reports to; null for a head */
  reportsTo?: string | number | null | undefined;
  responsibilities: Array<string>;
  title: string;
};

export type AddPostInput = {
  authorityId: string | number;
  budgetedAnnualCostPence: number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** FTE in thousandths (0.6 FTE = 600) */
  fte: number;
  grade: string;
  /** Pseudonymous postholder reference */
  postholderRef?: string | null | undefined;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  reference: string;
  scp?: number | null | undefined;
  serviceId: string | number;
  title: string;
  vacant: boolean;
};

export type AddTargetContractInput = {
  annualValuePence: number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  contractManagerPostId?: string | number | null | undefined;
  /** YYYY-MM-DD, on or after the start */
  endDate: string;
  exempt?: ContractExemption | null | undefined;
  kpisSet?: number;
  /** YYYY-MM-DD, on or before the start date */
  procurementStartedOn?: string | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  reference: string;
  /** Leave empty to read it from the procurement start date */
  regime?: ProcurementRegime | null | undefined;
  risk: ContractRisk;
  serviceId: string | number;
  /** YYYY-MM-DD */
  startDate: string;
  supplier: string;
  title: string;
  vfmConcern: boolean;
  /** Required when there is a value-for-money concern */
  vfmNote?: string | null | undefined;
  wholeLifeValuePence: number;
};

/** An allowance by type: each is LGPS-pensionable or not by the LGPS Regulations 2013 reg. 20 */
export type AllowanceType =
  | 'ACTING_UP'
  | 'CAR_ALLOWANCE'
  | 'EXPENSES'
  | 'HOLIDAY_PAY_IN_LIEU'
  | 'HONORARIUM'
  | 'LONDON_WEIGHTING'
  | 'MARKET_SUPPLEMENT'
  | 'PAYMENT_IN_LIEU_OF_NOTICE'
  | 'RETENTION_PAYMENT'
  | 'SHIFT_OR_UNSOCIAL_HOURS'
  | 'STANDBY_OR_CALL_OUT';

export type AppealResult =
  | 'NOT_UPHELD'
  | 'PENDING'
  | 'UPHELD';

export type ApplyTemplateInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  templateId: string | number;
};

export type ApproveJobDescriptionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** The version the HR partner read */
  version: number;
};

export type ApproveJobEvaluationInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type AssumedPayAwardInput = {
  financialYear: string;
  rateBp: number;
};

export type BenefitStatus =
  | 'ACHIEVED'
  | 'AT_RISK'
  | 'NOT_ACHIEVED'
  | 'ON_TRACK'
  | 'PLANNED';

export type BudgetLineInput = {
  /** Financial year, e.g. '2026/27' */
  financialYear: string;
  pence: number;
};

export type ChangeBenefitStatusInput = {
  benefitId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** Why the status moved, for the benefits log */
  note?: string | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  status: BenefitStatus;
};

/** One protected characteristic of one affected person, as a category the council uses */
export type CharacteristicEntryInput = {
  category: string;
  characteristic: ProtectedCharacteristic;
  postId: string | number;
};

export type ChooseDesignOptionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  optionId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

/** Why a contract needs no KPIs under the Procurement Act 2023 s.52(3)–(4) */
export type ContractExemption =
  | 'CONCESSION'
  | 'FRAMEWORK'
  | 'LIGHT_TOUCH'
  | 'NOT_MEASURABLE';

/** A notice the Procurement Act 2023 asks of a contract */
export type ContractNoticeKind =
  | 'CHANGE'
  | 'CONTRACT_DETAILS'
  | 'CONTRACT_DOCUMENT'
  | 'PERFORMANCE_BREACH'
  | 'PERFORMANCE_KPI'
  | 'TERMINATION';

export type ContractNoticeState =
  | 'DUE'
  | 'OVERDUE'
  | 'PUBLISHED';

/** A fact that calls for a notice */
export type ContractNoticeTriggerKind =
  | 'BREACH'
  | 'FAILURE_TO_IMPROVE'
  | 'MODIFICATION'
  | 'TERMINATION';

/** The regime that governs a contract: recorded, read from when its procurement began, or not recorded */
export type ContractRegime =
  | 'NOT_RECORDED'
  | 'PCR_2015'
  | 'PROCUREMENT_ACT_2023';

export type ContractRisk =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type DaConditionInput = {
  /** Must be discharged before consultation and recruitment */
  blocking: boolean;
  dueDate: string;
  owner: string;
  text: string;
};

export type DealOfferInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  dealId: string | number;
  expectedVersion?: number | null | undefined;
  /** A consultant answering for the service director; recorded as such */
  onBehalfOfService?: boolean | null | undefined;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  terms: DealTermsInput;
};

/** The programme (consultants) or the service (its director) */
export type DealSide =
  | 'PROGRAMME'
  | 'SERVICE';

export type DealSourcePostInput = {
  /** FTE released from the post, in thousandths */
  fte: number;
  postId: string | number;
};

export type DealStatus =
  | 'AGREED'
  | 'AMENDMENT_PROPOSED'
  | 'COUNTERED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type DealStepInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  dealId: string | number;
  expectedVersion?: number | null | undefined;
  /** A consultant answering for the service director; recorded as such */
  onBehalfOfService?: boolean | null | undefined;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type DealTermsInput = {
  budget: Array<BudgetLineInput>;
  effectiveDate: string;
  linkedChange: string;
  rationale: string;
  sourcePosts: Array<DealSourcePostInput>;
};

export type DecisionHistoryFilter = {
  actorId?: string | number | null | undefined;
  /** The authority whose history to read (or give programmeId) */
  authorityId?: string | number | null | undefined;
  /** Stream category, e.g. 'fteDeals' */
  context?: string | null | undefined;
  /** Only events that concern this entity (deal, post, option, contract…) */
  entityId?: string | number | null | undefined;
  eventId?: string | number | null | undefined;
  eventType?: string | null | undefined;
  /** ISO date or date-time, inclusive */
  from?: string | null | undefined;
  programmeId?: string | number | null | undefined;
  /** ISO date or date-time, inclusive (a date means the whole day) */
  to?: string | null | undefined;
};

export type DesignAuthorityDecisionKind =
  | 'APPROVED'
  | 'APPROVED_WITH_CONDITIONS'
  | 'DEFERRED'
  | 'REJECTED';

export type DesignCheckRule =
  | 'MULTIPLE_HEADS'
  | 'NO_RESPONSIBILITIES'
  | 'SINGLE_REPORT'
  | 'SPAN_TOO_WIDE'
  | 'TOO_MANY_LAYERS';

export type DesignPostAllowanceInput = {
  /** A year, for the whole post */
  pencePerYear: number;
  type: AllowanceType;
};

export type DischargeConditionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  conditionId: string | number;
  evidence: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  submissionId: string | number;
};

/** The written disclosures of TULRCA s.188(4) */
export type DisclosureItem =
  | 'AGENCY_WORKERS'
  | 'DISMISSAL_METHOD_AND_TIMETABLE'
  | 'NUMBERS_AND_DESCRIPTIONS'
  | 'REASONS'
  | 'REDUNDANCY_PAY_METHOD'
  | 'SELECTION_METHOD'
  | 'TOTALS_BY_DESCRIPTION';

export type DiscretionaryCompensationPolicyInput = {
  /** Reg. 5: redundancy pay on the actual week's pay instead of the statutory cap */
  actualWeeksPay: boolean;
  /** At most this many weeks' pay in all (104 at most, reg. 6) */
  maximumWeeks: number;
  /** Reg. 6: the statutory weeks × this percent (100 = statutory only) */
  multiplierPercent: number;
};

export type DraftConsultationPlanInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  dates?: PlanDatesInput | null | undefined;
  establishment: string;
  programmeId: string | number;
  proposedDismissals: number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  recognisedUnions: Array<string>;
  title: string;
};

export type DraftContractManagementDefinitionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** The definition’s words; saving the same words again is not a new version */
  text: string;
};

export type DraftDesignOptionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** Start from a copy of this option’s posts */
  copyFromOptionId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  name: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type DraftJobDescriptionInput = {
  accountabilities: Array<string>;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  desirableCriteria?: Array<string> | null | undefined;
  essentialCriteria: Array<string>;
  programmeId: string | number;
  purpose: string;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type DraftRecruitmentPlanInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  vacancies: Array<VacancyPlanInput>;
};

/** TULRCA s.188A(1): the election as held */
export type ElectEmployeeRepresentativesInput = {
  /** Every affected employee was entitled to vote (s.188A(1)(g)) */
  allAffectedCouldVote: boolean;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  electedOn: string;
  /** The arrangements for the election were fair (s.188A(1)(a)) */
  fairArrangements: boolean;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  representatives: Array<ElectedRepresentativeInput>;
  /** Votes were cast in secret and accurately counted (s.188A(1)(i)) */
  secretBallot: boolean;
  /** Long enough to complete the information and consultation (s.188A(1)(d)) */
  termEndsOn: string;
};

export type ElectedRepresentativeInput = {
  /** The affected post whose holder was elected */
  postId: string | number;
  /** The affected posts whose holders they represent */
  represents: Array<string | number>;
};

export type EndTrialPeriodInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  outcome: TrialOutcome;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type GradeBandInput = {
  grade: string;
  maxScp: number;
  minScp: number;
};

export type GrantPayProtectionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** YYYY-MM-DD; at most the months of the council's policy pack in force on the start date after it (36 under the national default) */
  endDate: string;
  postId: string | number;
  programmeId: string | number;
  /** The grade whose pay is protected */
  protectedGrade: string;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
  /** YYYY-MM-DD */
  startDate: string;
};

export type HandOverRecruitmentPlanInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  ismUserId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

/** Where the recruitment plan stands between the consultancy and the interim service manager */
export type HandoverStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'HANDED_OVER'
  | 'NONE'
  | 'RETURNED';

/** The postholder's age band, enough to decide the employer NI reliefs */
export type HolderAgeBand =
  | 'AGED_21_TO_24'
  | 'AGED_25_OR_OVER'
  | 'UNDER_21';

export type ImportSheetInput = {
  authorityId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The file, base64-encoded (at most 7 MB) */
  contentBase64: string;
  /** The file name, ending .xlsx or .csv */
  fileName: string;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type ImportTargetContractsInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The file, base64-encoded (at most 7 MB) */
  contentBase64: string;
  /** The file name, ending .xlsx or .csv */
  fileName: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type IncrementalDate =
  /** Increments on the anniversary of appointment */
  | 'APPOINTMENT_ANNIVERSARY'
  /** Increments on 1 April */
  | 'APRIL_1';

export type IndividualConsultationOutcome =
  | 'DISMISSED'
  | 'REDEPLOYED'
  | 'SLOTTED';

export type IndividualMeetingKind =
  | 'FINAL'
  | 'FIRST'
  | 'OTHER'
  | 'SECOND';

export type JobDescriptionStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'NONE';

export type JobEvaluationScheme =
  | 'GLPC'
  | 'HAY'
  | 'LOCAL'
  | 'NJC_JES';

export type JobEvaluationStatus =
  | 'APPROVED'
  | 'NONE'
  | 'RECORDED';

export type LaunchConsultationInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type LogTradeUnionEngagementInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  date: string;
  kind: TradeUnionEngagementKind;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  summary: string;
  unions: Array<string>;
};

export type MarkAtRiskInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type NonPayLineInput = {
  label: string;
  pencePerYear: number;
};

export type NoticeBandInput = {
  fromGrade: number;
  /** Null: this grade and above */
  toGrade?: number | null | undefined;
  weeks: number;
};

export type NoticePolicyInput = {
  byGrade?: Array<NoticeBandInput> | null | undefined;
  defaultWeeks: number;
};

/** What a one-off transition cost is */
export type OneOffCostKind =
  | 'DISCRETIONARY_COMPENSATION'
  | 'LGPS_STRAIN'
  | 'PAY_PROTECTION'
  | 'STATUTORY_REDUNDANCY';

export type PayProtectionPolicyInput = {
  /** For a full or frozen taper; a stepped taper takes its length from its steps */
  months?: number | null | undefined;
  steps?: Array<ProtectionStepInput> | null | undefined;
  taper: PayProtectionTaper;
};

export type PayProtectionTaper =
  /** Pay frozen at the old rate, without pay awards, until the new grade catches up or the period ends */
  | 'FROZEN'
  /** The former grade's pay for the whole period */
  | 'FULL'
  /** A share of the difference that falls step by step */
  | 'STEPPED';

export type PerformanceNoticeKind =
  | 'ANNUAL'
  | 'END';

export type PlaceInRingFenceInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The to-be posts the pool competes for */
  designPostIds: Array<string | number>;
  name: string;
  postIds: Array<string | number>;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type PlanConsultationDatesInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  dates: PlanDatesInput;
  /** The revision the screen showed; a later change is a CONFLICT */
  expectedRevision?: number | null | undefined;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

/** Only the dates given change; null clears a date */
export type PlanDatesInput = {
  appealsClose?: string | null | undefined;
  consultationClose?: string | null | undefined;
  consultationStart?: string | null | undefined;
  finalStructurePublished?: string | null | undefined;
  /** The day the first dismissal takes effect */
  firstDismissal?: string | null | undefined;
  goLive?: string | null | undefined;
  hr1SentOn?: string | null | undefined;
  noticesIssued?: string | null | undefined;
  responseToFeedback?: string | null | undefined;
  selectionEnd?: string | null | undefined;
  selectionStart?: string | null | undefined;
  staffBriefing?: string | null | undefined;
};

export type PlannedStageInput = {
  stage: RecruitmentStage;
  targetDate: string;
};

/** The council's own pack, or the national default where it has none */
export type PolicyOrigin =
  | 'COUNCIL'
  | 'NATIONAL_DEFAULT';

export type PostSharesInput = {
  postId: string | number;
  shares: Array<ActivityShareInput>;
};

/** The regime a contract was procured under */
export type ProcurementRegime =
  | 'PCR_2015'
  | 'PROCUREMENT_ACT_2023';

export type ProposeFteDealInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  serviceId: string | number;
  terms: DealTermsInput;
};

/** Equality Act 2010 s.4 */
export type ProtectedCharacteristic =
  | 'AGE'
  | 'DISABILITY'
  | 'GENDER_REASSIGNMENT'
  | 'MARRIAGE_AND_CIVIL_PARTNERSHIP'
  | 'PREGNANCY_AND_MATERNITY'
  | 'RACE'
  | 'RELIGION_OR_BELIEF'
  | 'SEX'
  | 'SEXUAL_ORIENTATION';

export type ProtectionStepInput = {
  months: number;
  /** Share of the pay difference protected in this step, in percent */
  percentOfDifference: number;
};

export type ReassignmentOutcome =
  | 'APPOINTED'
  | 'AT_RISK'
  | 'CONFIRMED'
  | 'IN_POOL'
  | 'NONE'
  | 'NOT_APPOINTED'
  | 'ON_TRIAL'
  | 'REDEPLOYMENT'
  | 'SLOTTED_IN'
  | 'VACANCY_RELEASED';

export type ReassignmentRoute =
  | 'REDEPLOYMENT'
  | 'RING_FENCE'
  | 'SLOT_IN';

export type RecordBenefitInput = {
  annualAmountPence: number;
  baseline?: string | null | undefined;
  cashable: boolean;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  owner: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  status?: BenefitStatus;
  /** YYYY-MM-DD */
  targetDate: string;
  title: string;
};

export type RecordContinuousServiceInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  entries: Array<ServiceEntryInput>;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordContractNoticePublishedInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  contractId: string | number;
  kind: ContractNoticeKind;
  programmeId: string | number;
  /** YYYY-MM-DD */
  publishedOn: string;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** The notice’s identifier on the central digital platform */
  reference?: string | null | undefined;
  /** The fact it answers: required for breach and change notices */
  triggerId?: string | number | null | undefined;
};

export type RecordContractNoticeTriggerInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  contractId: string | number;
  description: string;
  kind: ContractNoticeTriggerKind;
  /** YYYY-MM-DD: the day it happened, or the day a modification takes effect */
  occurredOn: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordDefinitionAgreementInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  stakeholderName: string;
  stakeholderRole: string;
  /** The version agreed; only the current version can be agreed */
  version: number;
};

export type RecordDesignAuthorityDecisionInput = {
  asksFor?: string | null | undefined;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  conditions?: Array<DaConditionInput> | null | undefined;
  decision: DesignAuthorityDecisionKind;
  meetingDate: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  reasons?: string | null | undefined;
  submissionId: string | number;
};

export type RecordDisclosureInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  documentRef: string;
  givenOn: string;
  item: DisclosureItem;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordEqualityImpactAssessmentInput = {
  assessedOn: string;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  documentRef: string;
  findings: string;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordExitCostInputsInput = {
  age: number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  completeYearsService: number;
  /** Expected dismissal date (the redundancy cap in force then applies); defaults to today */
  dismissalDate?: string | null | undefined;
  /** The fund's strain cost estimate */
  lgpsStrainEstimatePence?: number | null | undefined;
  pensionMember: boolean;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  weeklyPayPence: number;
  /** Complete years of LGPS membership; defaults to the years of service */
  yearsMembership?: number | null | undefined;
};

export type RecordIndividualAppealInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  decidedOn?: string | null | undefined;
  lodgedOn: string;
  planId: string | number;
  postId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  result: AppealResult;
};

export type RecordIndividualMeetingInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  date: string;
  kind: IndividualMeetingKind;
  note: string;
  planId: string | number;
  postId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordIndividualOutcomeInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  decidedOn: string;
  outcome: IndividualConsultationOutcome;
  planId: string | number;
  postId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordJobEvaluationInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  moderated: boolean;
  panelDate: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** A grade of the council's structure in force on the panel date */
  resultingGrade: string;
  scheme: JobEvaluationScheme;
  score: number;
};

export type RecordPolicyPackInput = {
  authorityId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  discretionaryCompensation: DiscretionaryCompensationPolicyInput;
  /** The civil date (YYYY-MM-DD) from which this version is in force */
  effectiveFrom: string;
  incrementalDate: IncrementalDate;
  notice: NoticePolicyInput;
  payProtection: PayProtectionPolicyInput;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  ringFenceGradesAbove?: number | null | undefined;
  ringFenceGradesBelow?: number | null | undefined;
  slotInMinimumJobMatchPercent: number;
  trialMaximumWeeks?: number | null | undefined;
};

export type RecordProtectedCharacteristicsInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  entries: Array<CharacteristicEntryInput>;
  planId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RecordRecruitmentStageCompletedInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  completedOn: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  stage: RecruitmentStage;
  vacancyId: string | number;
};

export type RecordRedeploymentInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  postId: string | number;
  priorityInterview: boolean;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
  /** The suitable alternative post offered */
  toDescription: string;
};

export type RecordSelectionOutcomeInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The post appointed to; only with APPOINTED */
  designPostId?: string | number | null | undefined;
  outcome: SelectionOutcome;
  poolId: string | number;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type RecordSlotInInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  /** Job-content match, whole percent; the council’s threshold to slot in is 70% */
  jobMatchPercent: number;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type RecordVacancyFilledInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  startDate: string;
  vacancyId: string | number;
};

export type RecruitmentStage =
  | 'EXTERNAL_ADVERT'
  | 'INDUCTION'
  | 'INTERNAL_ADVERT'
  | 'INTERVIEW'
  | 'OFFER'
  | 'PRE_EMPLOYMENT_CHECKS'
  | 'RING_FENCED_RECRUITMENT'
  | 'SHORTLISTING'
  | 'START';

export type ReleaseVacancyInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The FTE deal the released budget goes to */
  dealId?: string | number | null | undefined;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type RemoveDesignPostInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  optionId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RemovePostInput = {
  authorityId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  postId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RemoveTargetContractInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  contractId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RenameActivityInput = {
  activityId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  name: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RenameDesignOptionInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** Left as it is when omitted */
  description?: string | null | undefined;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  name: string;
  optionId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type ReplanRecruitmentStageInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  stage: RecruitmentStage;
  targetDate: string;
  vacancyId: string | number;
};

export type RequestJobDescriptionChangesInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  note: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  version: number;
};

export type RetireActivityInput = {
  activityId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type RetireTemplateInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  templateId: string | number;
};

export type ReturnRecruitmentPlanInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  reasons: string;
};

/** Changes the scope; the affected people are read again from the transition map */
export type ReviseConsultationPlanInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  establishment: string;
  planId: string | number;
  proposedDismissals: number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  recognisedUnions: Array<string>;
  title: string;
};

export type ReviseDesignPostInput = {
  allowances?: Array<DesignPostAllowanceInput> | null | undefined;
  apprenticeship?: boolean | null | undefined;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  designPostId: string | number;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  /** FTE in thousandths (0.6 FTE = 600) */
  fte: number;
  /** The council’s numbered grade (1–20) */
  grade: number;
  holderAgeBand?: HolderAgeBand | null | undefined;
  /** Indicative annual cost until Finance has done the full costing */
  indicativeCostPence: number;
  jdReference?: string | null | undefined;
  optionId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** The post this one reports to; null for a head */
  reportsTo?: string | number | null | undefined;
  responsibilities: Array<string>;
  title: string;
};

export type Role =
  | 'AUDITOR'
  | 'CONSULTANT'
  | 'DA_MEMBER'
  | 'FINANCE_PARTNER'
  | 'HR_PARTNER'
  | 'INTERIM_SERVICE_MANAGER'
  | 'SERVICE_DIRECTOR'
  | 'TENANT_ADMIN';

export type SaveProgrammeAsTemplateInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  description?: string | null | undefined;
  name: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

/** Which point of the grade a post is budgeted at; ACTUAL uses the SCP of the as-is post that fills it */
export type ScpPolicy =
  | 'ACTUAL'
  | 'BOTTOM'
  | 'MID'
  | 'TOP';

export type SealAuditCheckpointInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** Why now, e.g. "Before the scrutiny committee of 4 March"; kept with the checkpoint */
  reason?: string | null | undefined;
};

export type SeedActivityTaxonomyInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type SelectionOutcome =
  | 'APPOINTED'
  | 'NOT_APPOINTED';

export type ServiceEntryInput = {
  /** Weeks of notice in the contract (or the council policy for the grade); empty when not known */
  contractualNoticeWeeks?: number | null | undefined;
  postId: string | number;
  /** YYYY-MM-DD: the start of continuous employment */
  serviceStart: string;
};

export type SetBudgetNonPayLinesInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  financialYear: string;
  lines: Array<NonPayLineInput>;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

/** The assumptions are a decision: its reason is kept in the history */
export type SetBusinessCaseAssumptionsInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** The first financial year of the plan, e.g. 2026/27 */
  firstYear: string;
  /** 3 to 5 */
  horizonYears: number;
  increments: boolean;
  payAwards: Array<AssumedPayAwardInput>;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
  vacancyFactorBp: number;
};

export type SetCapacityAssumptionsInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  hoursPerContract: Array<TierHoursInput>;
  /** Productive hours one FTE gives a year, such as 1650 */
  productiveHoursPerFte: number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type SetFunctionGoLiveDateInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  goLiveDate: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
};

export type SetGradeStructureInput = {
  authorityId: string | number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  effectiveFrom: string;
  /** Lowest first */
  grades: Array<GradeBandInput>;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type SetTierRulesInput = {
  /** Highest tier first, ending with a catch-all band (minimum £0, no risk) */
  bands: Array<TierBandInput>;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignOffBudgetInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  financialYear: string;
  note: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type StartTrialPeriodInput = {
  /** Required when extended by written agreement */
  agreementNote?: string | null | undefined;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** Null for a post outside the new function */
  designPostId?: string | number | null | undefined;
  /** YYYY-MM-DD; at most the last day of the 4 weeks beginning with the start (start + 27 days) unless extended by written agreement */
  endDate: string;
  extendedByWrittenAgreement?: boolean;
  postId: string | number;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason: string;
  /** YYYY-MM-DD */
  startDate: string;
};

export type SubmitActivityReturnInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  posts: Array<PostSharesInput>;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  serviceId: string | number;
};

export type SubmitToDesignAuthorityInput = {
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  consultationOutline: string;
  /** The year to cost, e.g. 2026/27; the current financial year when omitted */
  financialYear?: string | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
};

export type TierBandInput = {
  minAnnualValuePence: number;
  riskAtLeast?: ContractRisk | null | undefined;
  tier: string;
};

export type TierHoursInput = {
  /** Hours of contract-management work a contract in this tier needs a year */
  hours: number;
  tier: string;
};

export type TradeUnionEngagementKind =
  | 'EMPLOYER_RESPONSE'
  | 'LETTER'
  | 'MEETING'
  | 'UNION_RESPONSE';

export type TrialOutcome =
  | 'CONFIRMED'
  | 'UNSUITABLE';

/** Edits a benefit’s details; its status changes only through changeBenefitStatus */
export type UpdateBenefitInput = {
  annualAmountPence: number;
  baseline?: string | null | undefined;
  benefitId: string | number;
  cashable: boolean;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  owner: string;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  /** YYYY-MM-DD */
  targetDate: string;
  title: string;
};

export type UpdatePostInput = {
  authorityId: string | number;
  budgetedAnnualCostPence: number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  /** FTE in thousandths (0.6 FTE = 600) */
  fte: number;
  grade: string;
  postId: string | number;
  /** Pseudonymous postholder reference */
  postholderRef?: string | null | undefined;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  reference: string;
  scp?: number | null | undefined;
  serviceId: string | number;
  title: string;
  vacant: boolean;
};

export type UpdateTargetContractInput = {
  annualValuePence: number;
  /** Repeat a request with the same id and it is applied once */
  commandId?: string | number | null | undefined;
  contractId: string | number;
  contractManagerPostId?: string | number | null | undefined;
  /** YYYY-MM-DD, on or after the start */
  endDate: string;
  exempt?: ContractExemption | null | undefined;
  /** The revision the user saw; a different current revision is a CONFLICT */
  expectedRevision?: number | null | undefined;
  kpisSet?: number;
  /** YYYY-MM-DD, on or before the start date */
  procurementStartedOn?: string | null | undefined;
  programmeId: string | number;
  /** Why, in the words of the person deciding; kept in the history */
  reason?: string | null | undefined;
  reference: string;
  /** Leave empty to read it from the procurement start date */
  regime?: ProcurementRegime | null | undefined;
  risk: ContractRisk;
  serviceId: string | number;
  /** YYYY-MM-DD */
  startDate: string;
  supplier: string;
  title: string;
  vfmConcern: boolean;
  /** Required when there is a value-for-money concern */
  vfmNote?: string | null | undefined;
  wholeLifeValuePence: number;
};

export type UseLinkInput = {
  /** The password its person chooses; the inviter never sees it */
  password: string;
  token: string;
};

export type VacancyPlanInput = {
  designPostId: string | number;
  owner: string;
  stages: Array<PlannedStageInput>;
};

export type VacancyStatus =
  | 'FILLED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type AddActivityMutationVariables = Exact<{
  input: AddActivityInput;
}>;


export type AddActivityMutation = { addActivity: Array<{ id: string }> };

export type RenameActivityMutationVariables = Exact<{
  input: RenameActivityInput;
}>;


export type RenameActivityMutation = { renameActivity: Array<{ id: string }> };

export type RetireActivityMutationVariables = Exact<{
  input: RetireActivityInput;
}>;


export type RetireActivityMutation = { retireActivity: Array<{ id: string }> };

export type SeedActivityTaxonomyMutationVariables = Exact<{
  input: SeedActivityTaxonomyInput;
}>;


export type SeedActivityTaxonomyMutation = { seedActivityTaxonomy: Array<{ id: string }> };

export type SubmitActivityReturnMutationVariables = Exact<{
  input: SubmitActivityReturnInput;
}>;


export type SubmitActivityReturnMutation = { submitActivityReturn: { returnId: string, posts: number } };

export type AnalysisProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalysisProgrammesQuery = { programmes: Array<{ id: string, authorityId: string, name: string, stage: string, startedOn: string }>, authorities: Array<{ id: string, name: string, services: Array<{ id: string, name: string }> }> };

export type ReturnCoverageQueryVariables = Exact<{
  authorityId: string | number;
  programmeId: string | number;
}>;


export type ReturnCoverageQuery = { posts: Array<{ id: string, serviceId: string }>, activityShares: Array<{ postId: string, serviceId: string }> };

export type ActivityAnalysisQueryVariables = Exact<{
  programmeId: string | number;
  thresholdPercent: number;
}>;


export type ActivityAnalysisQuery = { activityAnalysis: { programmeId: string, headline: string, roundingRule: string, thresholdPercent: number, totalFte: number, totalCostPence: number, postsAnalysed: number, postsWithContractManagement: number, substantivePosts: number, fractionalPosts: number, byService: Array<{ serviceId: string, serviceName: string, fte: number, costPence: number, posts: number, substantivePosts: number }>, byActivity: Array<{ activityId: string, name: string, fte: number, costPence: number }> } };

export type ActivityTaxonomyQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type ActivityTaxonomyQuery = { activityTaxonomy: Array<{ id: string, name: string, parentId: string | null, retired: boolean, contractManagement: boolean }> };

export type ActivityReturnFormQueryVariables = Exact<{
  authorityId: string | number;
  programmeId: string | number;
  serviceId: string | number;
}>;


export type ActivityReturnFormQuery = { posts: Array<{ id: string, reference: string, title: string, fte: number }>, activityTaxonomy: Array<{ id: string, name: string, parentId: string | null, retired: boolean, contractManagement: boolean }>, activityShares: Array<{ postId: string, shares: Array<{ activityId: string, percent: number }> }> };

export type AuditHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditHomeQuery = { authorities: Array<{ id: string, name: string, kind: string, programmes: Array<{ id: string, name: string }> }> };

export type DecisionHistoryQueryVariables = Exact<{
  filter: DecisionHistoryFilter;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DecisionHistoryQuery = { decisionHistory: { authorityId: string, total: number, offset: number, contexts: Array<string>, eventTypes: Array<string>, actors: Array<{ id: string, name: string, role: string }>, items: Array<{ eventId: string, position: string, context: string, eventType: string, sentence: string, actorName: string, actorRole: string, occurredAt: string, reason: string | null }> } };

export type DecisionRawQueryVariables = Exact<{
  filter: DecisionHistoryFilter;
}>;


export type DecisionRawQuery = { decisionHistory: { items: Array<{ eventId: string, raw: string }> } };

export type ProgrammeDiffQueryVariables = Exact<{
  programmeId: string | number;
  from: string;
  to: string;
}>;


export type ProgrammeDiffQuery = { programmeDiff: { from: string, to: string, items: Array<{ area: string, change: string, label: string, before: string | null, after: string | null, causedBy: Array<{ eventId: string, sentence: string, occurredAt: string, actorName: string, reason: string | null }> }> } };

export type AuditVerificationQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type AuditVerificationQuery = { auditVerification: { ok: boolean, checkedAt: string, events: number, sealedUpTo: string | null, unsealedEvents: number, streams: Array<{ streamName: string, events: number, ok: boolean, reason: string | null, revision: string | null }>, checkpoints: Array<{ sequence: number, sealedAt: string, upTo: string, streams: number, events: number, ok: boolean, problems: Array<string> }>, firstBroken: { streamName: string, revision: string, eventId: string, reason: string } | null } };

export type AuditPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditPublicKeyQuery = { auditPublicKey: { algorithm: string, keyId: string, publicKeyPem: string } };

export type AuditAccessLogQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type AuditAccessLogQuery = { auditAccessLog: { total: number, items: Array<{ id: number, at: string, userName: string, role: string, operation: string, authorityId: string | null, authorityName: string | null }> } };

export type SealAuditCheckpointMutationVariables = Exact<{
  input: SealAuditCheckpointInput;
}>;


export type SealAuditCheckpointMutation = { sealAuditCheckpoint: { sequence: number, sealedAt: string, upTo: string, streams: number, events: number } };

export type AuditDealsQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type AuditDealsQuery = { fteDeals: Array<{ id: string, serviceName: string, status: DealStatus, fte: number, lastActivityAt: string | null }> };

export type AcceptInvitationMutationVariables = Exact<{
  input: UseLinkInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string, expiresAt: string, me: { id: string, email: string, displayName: string, role: Role, tenantId: string, tenantName: string, authorityId: string | null, serviceId: string | null, authorityIds: Array<string> } } };

export type ResetPasswordMutationVariables = Exact<{
  input: UseLinkInput;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string, expiresAt: string, me: { id: string, email: string, displayName: string, role: Role, tenantId: string, tenantName: string, authorityId: string | null, serviceId: string | null, authorityIds: Array<string> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, me: { id: string, email: string, displayName: string, role: Role, tenantId: string, tenantName: string, authorityId: string | null, serviceId: string | null, authorityIds: Array<string> } } };

export type AuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoritiesQuery = { authorities: Array<{ id: string, name: string, kind: string, directorateCount: number, serviceCount: number, programmes: Array<{ id: string, name: string, stage: string }> }> };

export type AuthorityQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorityQuery = { authority: { id: string, name: string, kind: string, directorates: Array<{ id: string, name: string }>, services: Array<{ id: string, name: string, directorateId: string }>, programmes: Array<{ id: string, name: string, objective: string, stage: string, startedOn: string, stageDecision: { summary: string, on: string } | null }> } };

export type ChangeBenefitStatusMutationVariables = Exact<{
  input: ChangeBenefitStatusInput;
}>;


export type ChangeBenefitStatusMutation = { changeBenefitStatus: { id: string, title: string, status: BenefitStatus } };

export type RecordBenefitMutationVariables = Exact<{
  input: RecordBenefitInput;
}>;


export type RecordBenefitMutation = { recordBenefit: { id: string, title: string, status: BenefitStatus } };

export type UpdateBenefitMutationVariables = Exact<{
  input: UpdateBenefitInput;
}>;


export type UpdateBenefitMutation = { updateBenefit: { id: string, title: string, status: BenefitStatus } };

export type BenefitsRegisterQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type BenefitsRegisterQuery = { benefits: { programmeId: string, benefits: Array<{ id: string, programmeId: string, title: string, cashable: boolean, annualAmountPence: number, owner: string, baseline: string, targetDate: string, status: BenefitStatus, statusNote: string | null }>, totals: { cashablePence: number, nonCashablePence: number, byStatus: Array<{ status: BenefitStatus, annualAmountPence: number }> } } };

export type SetBusinessCaseAssumptionsMutationVariables = Exact<{
  input: SetBusinessCaseAssumptionsInput;
}>;


export type SetBusinessCaseAssumptionsMutation = { setBusinessCaseAssumptions: { programmeId: string, assumptions: { decided: boolean, reason: string | null } } };

export type BusinessCaseQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type BusinessCaseQuery = { businessCase: { programmeId: string, assumptions: { firstYear: string, horizonYears: number, vacancyFactorBp: number, increments: boolean, decided: boolean, reason: string | null, payAwards: Array<{ financialYear: string, rateBp: number }> }, options: Array<{ optionId: string, optionName: string, chosen: boolean, paybackYear: string | null, totals: { payPence: number, nonPayPence: number, incrementsPence: number, payAwardPence: number, vacancySavingPence: number, recurringPence: number, oneOffPence: number, fundingPence: number, netPence: number }, years: Array<{ financialYear: string, payPence: number, nonPayPence: number, incrementsPence: number, payAwardPence: number, vacancySavingPence: number, recurringPence: number, oneOffPence: number, fundingPence: number, netPence: number, cumulativeNetPence: number, payAward: { kind: string, rateBp: number | null, description: string | null, source: string | null } }> }> } };

export type SetCapacityAssumptionsMutationVariables = Exact<{
  input: SetCapacityAssumptionsInput;
}>;


export type SetCapacityAssumptionsMutation = { setCapacityAssumptions: { programmeId: string, hours: number, demandFte: number, supplyFte: number, gapFte: number, productiveHoursPerFte: number, tiersWithoutHours: Array<string>, roundingRule: string, tiers: Array<{ tier: string, contracts: number, hoursPerContract: number, hours: number, fte: number }>, assumptions: { productiveHoursPerFte: number, isDefault: boolean, fromTemplateId: string | null, hoursPerContract: Array<{ tier: string, hours: number }> } } };

export type CapacityModelQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type CapacityModelQuery = { capacityModel: { programmeId: string, hours: number, demandFte: number, supplyFte: number, gapFte: number, productiveHoursPerFte: number, tiersWithoutHours: Array<string>, roundingRule: string, tiers: Array<{ tier: string, contracts: number, hoursPerContract: number, hours: number, fte: number }>, assumptions: { productiveHoursPerFte: number, isDefault: boolean, fromTemplateId: string | null, hoursPerContract: Array<{ tier: string, hours: number }> } } };

export type DraftConsultationPlanMutationVariables = Exact<{
  input: DraftConsultationPlanInput;
}>;


export type DraftConsultationPlanMutation = { draftConsultationPlan: { planId: string, status: string, revision: number } };

export type LaunchConsultationMutationVariables = Exact<{
  input: LaunchConsultationInput;
}>;


export type LaunchConsultationMutation = { launchConsultation: { planId: string, status: string, revision: number } };

export type LogTradeUnionEngagementMutationVariables = Exact<{
  input: LogTradeUnionEngagementInput;
}>;


export type LogTradeUnionEngagementMutation = { logTradeUnionEngagement: { planId: string, status: string, revision: number } };

export type PlanConsultationDatesMutationVariables = Exact<{
  input: PlanConsultationDatesInput;
}>;


export type PlanConsultationDatesMutation = { planConsultationDates: { planId: string, status: string, revision: number } };

export type RecordDisclosureMutationVariables = Exact<{
  input: RecordDisclosureInput;
}>;


export type RecordDisclosureMutation = { recordDisclosure: { planId: string, status: string, revision: number } };

export type RecordEqualityImpactAssessmentMutationVariables = Exact<{
  input: RecordEqualityImpactAssessmentInput;
}>;


export type RecordEqualityImpactAssessmentMutation = { recordEqualityImpactAssessment: { planId: string, status: string, revision: number } };

export type RecordIndividualAppealMutationVariables = Exact<{
  input: RecordIndividualAppealInput;
}>;


export type RecordIndividualAppealMutation = { recordIndividualAppeal: { planId: string, status: string, revision: number } };

export type RecordIndividualMeetingMutationVariables = Exact<{
  input: RecordIndividualMeetingInput;
}>;


export type RecordIndividualMeetingMutation = { recordIndividualMeeting: { planId: string, status: string, revision: number } };

export type RecordIndividualOutcomeMutationVariables = Exact<{
  input: RecordIndividualOutcomeInput;
}>;


export type RecordIndividualOutcomeMutation = { recordIndividualOutcome: { planId: string, status: string, revision: number } };

export type RecordProtectedCharacteristicsMutationVariables = Exact<{
  input: RecordProtectedCharacteristicsInput;
}>;


export type RecordProtectedCharacteristicsMutation = { recordProtectedCharacteristics: { planId: string, status: string, revision: number } };

export type RecordContinuousServiceMutationVariables = Exact<{
  input: RecordContinuousServiceInput;
}>;


export type RecordContinuousServiceMutation = { recordContinuousService: { planId: string, status: string, revision: number } };

export type ElectEmployeeRepresentativesMutationVariables = Exact<{
  input: ElectEmployeeRepresentativesInput;
}>;


export type ElectEmployeeRepresentativesMutation = { electEmployeeRepresentatives: { planId: string, status: string, revision: number } };

export type ReviseConsultationPlanMutationVariables = Exact<{
  input: ReviseConsultationPlanInput;
}>;


export type ReviseConsultationPlanMutation = { reviseConsultationPlan: { planId: string, status: string, revision: number } };

export type ConsultationPlansQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type ConsultationPlansQuery = { consultationPlans: Array<{ planId: string, title: string, establishment: string, proposedDismissals: number, status: string, draftedOn: string, launchedOn: string | null, figures: { collectiveRequired: boolean, minimumDays: number | null }, dismissals: { counted: number }, warnings: Array<{ code: string }> }> };

export type ConsultationPlanQueryVariables = Exact<{
  planId: string | number;
}>;


export type ConsultationPlanQuery = { consultationPlan: { planId: string, programmeId: string, title: string, establishment: string, proposedDismissals: number, recognisedUnions: Array<string>, status: string, draftedOn: string, launchedOn: string | null, launchRuleIds: Array<string>, revision: number, dates: { staffBriefing: string | null, consultationStart: string | null, consultationClose: string | null, responseToFeedback: string | null, finalStructurePublished: string | null, selectionStart: string | null, selectionEnd: string | null, noticesIssued: string | null, appealsClose: string | null, firstDismissal: string | null, goLive: string | null, hr1SentOn: string | null }, figures: { ruleDate: string, collectiveRequired: boolean, minimumDays: number | null, collectiveRuleId: string, collectiveRule: string, collectiveSource: string, hr1Required: boolean, hr1LeadDays: number | null, hr1Deadline: string | null, hr1OnlineFormOnly: boolean, hr1RuleId: string, hr1Rule: string, hr1Source: string, earliestFirstDismissal: string | null, latestConsultationStart: string | null }, warnings: Array<{ code: string, message: string, rule: string, source: string, dates: Array<string> }>, gate: { open: boolean, reason: string }, disclosures: Array<{ item: DisclosureItem, label: string, given: boolean, givenOn: string | null, documentRef: string | null, unions: Array<string> }>, tradeUnionLog: Array<{ entryId: string, date: string, kind: TradeUnionEngagementKind, unions: Array<string>, summary: string }>, individuals: Array<{ postId: string, postReference: string, person: string, atRisk: boolean, placement: string | null, outcome: IndividualConsultationOutcome | null, outcomeDecidedOn: string | null, proposedForDismissal: boolean, service: { serviceStart: string, contractualNoticeWeeks: number | null, statutoryNoticeWeeks: number | null } | null, meetings: Array<{ meetingId: string, date: string, kind: IndividualMeetingKind, note: string }>, appeal: { lodgedOn: string, result: AppealResult, decidedOn: string | null } | null }>, timeline: { from: string | null, to: string | null, bars: Array<{ key: string, label: string, start: string, end: string }>, constraints: Array<{ key: string, label: string, date: string, rule: string, source: string }> }, exposure: { applies: boolean, breached: boolean, ruleId: string, rule: string, source: string, toBeConfirmed: boolean, ruleDate: string, maximumDays: number, basis: string, totalPence: number, people: Array<{ postId: string, person: string, annualPayPence: number, maximumPence: number }> }, equality: { stages: Array<string>, stageTotals: Array<number>, suppressBelow: number, assessment: { documentRef: string, assessedOn: string, findings: string } | null, rows: Array<{ characteristic: ProtectedCharacteristic, category: string, counts: Array<number | null> }> }, dismissals: { recorded: number, derived: number, changedTerms: number, counted: number, differs: boolean, rule: string, source: string, aggregated: Array<{ planId: string, title: string, dismissals: number }>, people: Array<{ postId: string, person: string, reasons: Array<string> }> }, election: { electedOn: string, termEndsOn: string, source: string, representatives: Array<{ postId: string, person: string, represents: Array<string> }> } | null } };

export type AddTargetContractMutationVariables = Exact<{
  input: AddTargetContractInput;
}>;


export type AddTargetContractMutation = { addTargetContract: { id: string, reference: string, tier: string } };

export type ImportTargetContractsMutationVariables = Exact<{
  input: ImportTargetContractsInput;
}>;


export type ImportTargetContractsMutation = { importTargetContracts: { importId: string, fileName: string, rowCount: number, created: number, updated: number, unchanged: number } };

export type RemoveTargetContractMutationVariables = Exact<{
  input: RemoveTargetContractInput;
}>;


export type RemoveTargetContractMutation = { removeTargetContract: string };

export type SetTierRulesMutationVariables = Exact<{
  input: SetTierRulesInput;
}>;


export type SetTierRulesMutation = { setTierRules: { programmeId: string, isDefault: boolean, bands: Array<{ tier: string, minAnnualValuePence: number, riskAtLeast: ContractRisk | null }> } };

export type UpdateTargetContractMutationVariables = Exact<{
  input: UpdateTargetContractInput;
}>;


export type UpdateTargetContractMutation = { updateTargetContract: { id: string, reference: string, tier: string, revision: number } };

export type RecordContractNoticeTriggerMutationVariables = Exact<{
  input: RecordContractNoticeTriggerInput;
}>;


export type RecordContractNoticeTriggerMutation = { recordContractNoticeTrigger: { id: string } };

export type RecordContractNoticePublishedMutationVariables = Exact<{
  input: RecordContractNoticePublishedInput;
}>;


export type RecordContractNoticePublishedMutation = { recordContractNoticePublished: { id: string } };

export type TargetContractsQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type TargetContractsQuery = { targetContracts: Array<{ id: string, programmeId: string, reference: string, title: string, supplier: string, serviceId: string, serviceName: string, annualValuePence: number, wholeLifeValuePence: number, startDate: string, endDate: string, risk: ContractRisk, vfmConcern: boolean, vfmNote: string | null, contractManagerPostId: string | null, contractManagerPostReference: string | null, kpisSet: number, exempt: ContractExemption | null, procurementStartedOn: string | null, regime: ProcurementRegime | null, tier: string, revision: number, procurementActDuties: { applies: boolean, regime: ContractRegime, reason: string, ruleVersion: string, kpis: { required: boolean, minimum: number, set: number, met: boolean }, performanceNotices: Array<{ dueDate: string, kind: PerformanceNoticeKind, overdue: boolean }> }, notices: Array<{ kind: ContractNoticeKind, name: string, source: string, dueDate: string, because: string, triggerId: string | null, state: ContractNoticeState, publishedOn: string | null, reference: string | null }>, noticeTriggers: Array<{ triggerId: string, kind: ContractNoticeTriggerKind, occurredOn: string, description: string }> }> };

export type TierRulesQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type TierRulesQuery = { tierRules: { programmeId: string, isDefault: boolean, fromTemplateId: string | null, bands: Array<{ tier: string, minAnnualValuePence: number, riskAtLeast: ContractRisk | null }> } };

export type ContractManagerPostsQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type ContractManagerPostsQuery = { posts: Array<{ id: string, reference: string, title: string, serviceName: string }> };

export type RecordExitCostInputsMutationVariables = Exact<{
  input: RecordExitCostInputsInput;
}>;


export type RecordExitCostInputsMutation = { recordExitCostInputs: Array<{ postId: string }> };

export type SetBudgetNonPayLinesMutationVariables = Exact<{
  input: SetBudgetNonPayLinesInput;
}>;


export type SetBudgetNonPayLinesMutation = { setBudgetNonPayLines: { programmeId: string, nonPayTotalPence: number } };

export type SignOffBudgetMutationVariables = Exact<{
  input: SignOffBudgetInput;
}>;


export type SignOffBudgetMutation = { signOffBudget: { programmeId: string, signOffs: Array<{ signedOn: string, current: boolean }> } };

export type OptionCostQueryVariables = Exact<{
  programmeId: string | number;
  financialYear: string;
  policy: ScpPolicy;
}>;


export type OptionCostQuery = { optionCost: { optionId: string, optionName: string, financialYear: string, policy: ScpPolicy, provisionalPosts: number, tableIds: Array<string>, totals: { salaryPence: number, niPence: number, lgpsPence: number, levyPence: number, allowancesPence: number, totalPence: number }, posts: Array<{ designPostId: string, title: string, fte: number, grade: string, minScp: number, maxScp: number, final: boolean, salaryPence: number, niPence: number, lgpsPence: number, levyPence: number, allowancesPence: number, totalPence: number, basis: { scpUsed: number, annualPayPence: number, payTableId: string, niTableId: string, levyTableId: string, unconfirmedTableIds: Array<string>, lgpsRate: { rateBp: number, effectiveFrom: string, source: string } } }> } };

export type FunctionBudgetQueryVariables = Exact<{
  programmeId: string | number;
  financialYear: string;
}>;


export type FunctionBudgetQuery = { functionBudget: { programmeId: string, financialYear: string, nonPayTotalPence: number, totalPence: number, annualTotalPence: number, fundingPence: number, gapPence: number, neededFte: number, agreedFte: number, gapFte: number, notGradedPence: number, oneOffTotalPence: number, partYear: { goLiveDate: string | null, daysInYear: number, daysCosted: number }, oneOffCosts: Array<{ kind: OneOffCostKind, label: string, pence: number, date: string | null }>, pay: { optionName: string, provisionalPosts: number, tableIds: Array<string>, totals: { totalPence: number }, notGraded: Array<{ designPostId: string, title: string, fte: number, annualPence: number, pence: number }> }, nonPayLines: Array<{ label: string, pencePerYear: number }>, signOffs: Array<{ signedOn: string, note: string, totalPence: number, fundingPence: number, gapPence: number, tableIds: Array<string>, lgpsRateBp: number, current: boolean }> } };

export type ExitCostsQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type ExitCostsQuery = { exitCosts: Array<{ postId: string, reference: string, title: string, outcome: string, inputs: { age: number, completeYearsService: number, weeklyPayPence: number, pensionMember: boolean, yearsMembership: number, lgpsStrainEstimatePence: number | null, dismissalDate: string } | null, statutoryRedundancyPay: { pence: number, halfWeeks: number, yearsCounted: number, weeklyPayUsedPence: number, capTableId: string, eligible: boolean, reason: string } | null, lgpsStrain: { applies: boolean, estimatePence: number | null, note: string } | null }> };

export type FteDealsQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type FteDealsQuery = { fteDeals: Array<{ id: string, programmeId: string, serviceId: string, serviceName: string, status: DealStatus, fte: number, agreedFte: number | null, offerFte: number | null, awaiting: DealSide | null, rounds: number, version: number, lastActivityAt: string | null, budget: Array<{ financialYear: string, pence: number }> }> };

export type FteDealQueryVariables = Exact<{
  id: string | number;
}>;


export type FteDealQuery = { fteDeal: { id: string, programmeId: string, serviceId: string, serviceName: string, status: DealStatus, fte: number, agreedFte: number | null, offerFte: number | null, awaiting: DealSide | null, rounds: number, version: number, lastActivityAt: string | null, terms: { fte: number, budgetTotalPence: number, effectiveDate: string, linkedChange: string, rationale: string, sourcePosts: Array<{ postId: string, reference: string, title: string, fte: number, postFte: number }>, budget: Array<{ financialYear: string, pence: number }> }, offerTerms: { fte: number, budgetTotalPence: number, effectiveDate: string, linkedChange: string, rationale: string, sourcePosts: Array<{ postId: string, reference: string, title: string, fte: number, postFte: number }>, budget: Array<{ financialYear: string, pence: number }> } | null, history: Array<{ side: DealSide, action: string, sentence: string, actorName: string, actorRole: string, reason: string | null, at: string | null, onBehalfOfService: boolean, fte: number, budgetTotal: number }>, notes: Array<{ text: string, authorName: string, at: string }> } };

export type DealServicePostsQueryVariables = Exact<{
  authorityId: string | number;
  serviceId: string | number;
}>;


export type DealServicePostsQuery = { posts: Array<{ id: string, reference: string, title: string, fte: number, vacant: boolean }> };

export type AddDealNoteMutationVariables = Exact<{
  input: AddDealNoteInput;
}>;


export type AddDealNoteMutation = { addDealNote: { id: string, notes: Array<{ text: string, authorName: string, at: string }> } };

export type AgreeFteDealAmendmentMutationVariables = Exact<{
  input: DealStepInput;
}>;


export type AgreeFteDealAmendmentMutation = { agreeFteDealAmendment: { id: string, status: DealStatus, version: number } };

export type AgreeFteDealMutationVariables = Exact<{
  input: DealStepInput;
}>;


export type AgreeFteDealMutation = { agreeFteDeal: { id: string, status: DealStatus, version: number } };

export type CounterFteDealAmendmentMutationVariables = Exact<{
  input: DealOfferInput;
}>;


export type CounterFteDealAmendmentMutation = { counterFteDealAmendment: { id: string, status: DealStatus, version: number } };

export type CounterFteDealMutationVariables = Exact<{
  input: DealOfferInput;
}>;


export type CounterFteDealMutation = { counterFteDeal: { id: string, status: DealStatus, version: number } };

export type ProposeFteDealAmendmentMutationVariables = Exact<{
  input: DealOfferInput;
}>;


export type ProposeFteDealAmendmentMutation = { proposeFteDealAmendment: { id: string, status: DealStatus, version: number } };

export type ProposeFteDealMutationVariables = Exact<{
  input: ProposeFteDealInput;
}>;


export type ProposeFteDealMutation = { proposeFteDeal: { id: string, status: DealStatus, version: number } };

export type RejectFteDealAmendmentMutationVariables = Exact<{
  input: DealStepInput;
}>;


export type RejectFteDealAmendmentMutation = { rejectFteDealAmendment: { id: string, status: DealStatus, version: number } };

export type RejectFteDealMutationVariables = Exact<{
  input: DealStepInput;
}>;


export type RejectFteDealMutation = { rejectFteDeal: { id: string, status: DealStatus, version: number } };

export type WithdrawFteDealMutationVariables = Exact<{
  input: DealStepInput;
}>;


export type WithdrawFteDealMutation = { withdrawFteDeal: { id: string, status: DealStatus, version: number } };

export type DraftContractManagementDefinitionMutationVariables = Exact<{
  input: DraftContractManagementDefinitionInput;
}>;


export type DraftContractManagementDefinitionMutation = { draftContractManagementDefinition: { programmeId: string, version: number | null, text: string | null, agreements: Array<{ stakeholderName: string, stakeholderRole: string }>, versions: Array<{ version: number, text: string, agreements: Array<{ stakeholderName: string, stakeholderRole: string }> }> } };

export type RecordDefinitionAgreementMutationVariables = Exact<{
  input: RecordDefinitionAgreementInput;
}>;


export type RecordDefinitionAgreementMutation = { recordDefinitionAgreement: { programmeId: string, version: number | null, text: string | null, agreements: Array<{ stakeholderName: string, stakeholderRole: string }>, versions: Array<{ version: number, text: string, agreements: Array<{ stakeholderName: string, stakeholderRole: string }> }> } };

export type ContractManagementDefinitionQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type ContractManagementDefinitionQuery = { contractManagementDefinition: { programmeId: string, version: number | null, text: string | null, agreements: Array<{ stakeholderName: string, stakeholderRole: string }>, versions: Array<{ version: number, text: string, agreements: Array<{ stakeholderName: string, stakeholderRole: string }> }> } };

export type DischargeConditionMutationVariables = Exact<{
  input: DischargeConditionInput;
}>;


export type DischargeConditionMutation = { dischargeCondition: { programmeId: string, gate: { open: boolean, reason: string } } };

export type RecordDesignAuthorityDecisionMutationVariables = Exact<{
  input: RecordDesignAuthorityDecisionInput;
}>;


export type RecordDesignAuthorityDecisionMutation = { recordDesignAuthorityDecision: { programmeId: string, gate: { open: boolean, reason: string } } };

export type SubmitToDesignAuthorityMutationVariables = Exact<{
  input: SubmitToDesignAuthorityInput;
}>;


export type SubmitToDesignAuthorityMutation = { submitToDesignAuthority: { programmeId: string, submissions: Array<{ submissionId: string }> } };

export type DesignAuthorityQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type DesignAuthorityQuery = { designAuthority: { programmeId: string, gate: { open: boolean, reason: string, submissionId: string | null, decision: DesignAuthorityDecisionKind | null, openBlockingConditions: Array<{ conditionId: string, text: string, owner: string, dueDate: string }> }, submissions: Array<{ submissionId: string, submittedOn: string, status: string, supersededBy: string | null, decision: { decision: DesignAuthorityDecisionKind, meetingDate: string, asksFor: string | null, reasons: string | null } | null, conditions: Array<{ conditionId: string, text: string, owner: string, dueDate: string, blocking: boolean, discharged: boolean, dischargedOn: string | null, evidence: string | null }>, snapshot: { optionId: string, optionName: string, totalCostPence: number, costingBasis: string, agreedFte: number, neededFte: number, gapFte: number, consultationOutline: string, financialYear: string | null, goLiveDate: string | null, notGradedPence: number, oneOffPence: number, nonPay: Array<{ label: string, pence: number }>, oneOffCosts: Array<{ kind: string | null, label: string, pence: number }>, financeSignOff: { signedOff: boolean, signedOn: string | null, current: boolean } | null, posts: Array<{ designPostId: string, title: string, grade: string | null, fte: number, pence: number, costedInFull: boolean }>, fundingByYear: Array<{ financialYear: string, agreedPence: number, pipelinePence: number, neededPence: number, gapPence: number }>, deals: Array<{ dealId: string, serviceName: string, status: string, fte: number }>, grading: Array<{ designPostId: string, jd: string, evaluation: string, grade: string | null }> } }> } };

export type AddDesignPostMutationVariables = Exact<{
  input: AddDesignPostInput;
}>;


export type AddDesignPostMutation = { addDesignPost: { optionId: string, designPostId: string | null, design: { revision: number | null, chosenOptionId: string | null } } };

export type ChooseDesignOptionMutationVariables = Exact<{
  input: ChooseDesignOptionInput;
}>;


export type ChooseDesignOptionMutation = { chooseDesignOption: { optionId: string, designPostId: string | null, design: { revision: number | null, chosenOptionId: string | null } } };

export type DraftDesignOptionMutationVariables = Exact<{
  input: DraftDesignOptionInput;
}>;


export type DraftDesignOptionMutation = { draftDesignOption: { optionId: string, designPostId: string | null, design: { revision: number | null, chosenOptionId: string | null } } };

export type RemoveDesignPostMutationVariables = Exact<{
  input: RemoveDesignPostInput;
}>;


export type RemoveDesignPostMutation = { removeDesignPost: { optionId: string, designPostId: string | null, design: { revision: number | null, chosenOptionId: string | null } } };

export type RenameDesignOptionMutationVariables = Exact<{
  input: RenameDesignOptionInput;
}>;


export type RenameDesignOptionMutation = { renameDesignOption: { optionId: string, designPostId: string | null, design: { revision: number | null, chosenOptionId: string | null } } };

export type ReviseDesignPostMutationVariables = Exact<{
  input: ReviseDesignPostInput;
}>;


export type ReviseDesignPostMutation = { reviseDesignPost: { optionId: string, designPostId: string | null, design: { revision: number | null, chosenOptionId: string | null } } };

export type SetFunctionGoLiveDateMutationVariables = Exact<{
  input: SetFunctionGoLiveDateInput;
}>;


export type SetFunctionGoLiveDateMutation = { setFunctionGoLiveDate: { programmeId: string, goLiveDate: string | null, revision: number | null } };

export type FunctionDesignQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type FunctionDesignQuery = { functionDesign: { programmeId: string, chosenOptionId: string | null, chosenReason: string | null, revision: number | null, goLiveDate: string | null, options: Array<{ id: string, name: string, description: string, chosen: boolean, layers: number, checks: Array<{ rule: DesignCheckRule, message: string, designPostId: string | null }>, totals: { posts: number, fte: number, indicativeCostPence: number }, orgChart: Array<{ designPostId: string, title: string, grade: number, fte: number, layer: number, reportsTo: string | null, directReports: number }>, posts: Array<{ id: string, title: string, grade: number, fte: number, reportsTo: string | null, responsibilities: Array<string>, jdReference: string | null, indicativeCostPence: number, apprenticeship: boolean, holderAgeBand: HolderAgeBand | null, allowances: Array<{ type: AllowanceType, pencePerYear: number }> }> }> } };

export type CompareDesignOptionsQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type CompareDesignOptionsQuery = { compareDesignOptions: Array<{ optionId: string, name: string, chosen: boolean, posts: number, fte: number, indicativeCostPence: number, checks: number, financialYear: string, fullCostPence: number | null, notGradedPence: number, notGradedPosts: number, costingProblem: string | null }> };

export type AddPostMutationVariables = Exact<{
  input: AddPostInput;
}>;


export type AddPostMutation = { addPost: { id: string, reference: string } };

export type ImportPostsMutationVariables = Exact<{
  input: ImportSheetInput;
}>;


export type ImportPostsMutation = { importPosts: { importId: string, fileName: string, rowCount: number, created: number, updated: number, unchanged: number } };

export type RemovePostMutationVariables = Exact<{
  input: RemovePostInput;
}>;


export type RemovePostMutation = { removePost: string };

export type UpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type UpdatePostMutation = { updatePost: { id: string, reference: string } };

export type EstablishmentAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EstablishmentAuthoritiesQuery = { authorities: Array<{ id: string, name: string, kind: string, serviceCount: number }> };

export type EstablishmentAuthorityQueryVariables = Exact<{
  id: string | number;
}>;


export type EstablishmentAuthorityQuery = { authority: { id: string, name: string, services: Array<{ id: string, name: string }> }, tenantSettings: { allowPostholderNames: boolean } };

export type PostsQueryVariables = Exact<{
  authorityId: string | number;
  serviceId?: string | number | null | undefined;
}>;


export type PostsQuery = { posts: Array<{ id: string, reference: string, serviceId: string, serviceName: string, title: string, grade: string, scp: number | null, fte: number, postholderRef: string | null, vacant: boolean, budgetedAnnualCostPence: number }> };

export type FundingPositionQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type FundingPositionQuery = { fundingPosition: { programmeId: string, agreedFte: number, pipelineFte: number, neededFte: number, gapFte: number, needSource: string, goLiveDate: string | null, byYear: Array<{ financialYear: string, agreedPence: number, pipelinePence: number, neededPence: number, gapPence: number, indicativePence: number, oneOffPence: number, daysCosted: number }> } };

export type ApproveJobDescriptionMutationVariables = Exact<{
  input: ApproveJobDescriptionInput;
}>;


export type ApproveJobDescriptionMutation = { approveJobDescription: { designPostId: string, jdStatus: JobDescriptionStatus } };

export type ApproveJobEvaluationMutationVariables = Exact<{
  input: ApproveJobEvaluationInput;
}>;


export type ApproveJobEvaluationMutation = { approveJobEvaluation: { designPostId: string, evaluationStatus: JobEvaluationStatus, grade: string | null } };

export type DraftJobDescriptionMutationVariables = Exact<{
  input: DraftJobDescriptionInput;
}>;


export type DraftJobDescriptionMutation = { draftJobDescription: { designPostId: string, jdStatus: JobDescriptionStatus } };

export type RecordJobEvaluationMutationVariables = Exact<{
  input: RecordJobEvaluationInput;
}>;


export type RecordJobEvaluationMutation = { recordJobEvaluation: { designPostId: string, evaluationStatus: JobEvaluationStatus } };

export type RequestJobDescriptionChangesMutationVariables = Exact<{
  input: RequestJobDescriptionChangesInput;
}>;


export type RequestJobDescriptionChangesMutation = { requestJobDescriptionChanges: { designPostId: string, jdStatus: JobDescriptionStatus } };

export type SetGradeStructureMutationVariables = Exact<{
  input: SetGradeStructureInput;
}>;


export type SetGradeStructureMutation = { setGradeStructure: Array<{ effectiveFrom: string }> };

export type GradeStructuresQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type GradeStructuresQuery = { gradeStructures: Array<{ effectiveFrom: string, grades: Array<{ grade: string, minScp: number, maxScp: number }> }> };

export type PostGradingQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type PostGradingQuery = { postGrading: Array<{ designPostId: string, title: string, designGrade: number, fte: number, jdStatus: JobDescriptionStatus, evaluationStatus: JobEvaluationStatus, grade: string | null, canBeCostedAsFinal: boolean, nextStep: string | null, jobDescription: { version: number, status: JobDescriptionStatus, purpose: string, accountabilities: Array<string>, essentialCriteria: Array<string>, desirableCriteria: Array<string>, changeNotes: Array<string> } | null, evaluation: { jdVersion: number, scheme: JobEvaluationScheme, score: number, panelDate: string, moderated: boolean, grade: string, minScp: number, maxScp: number, gradeStructureEffectiveFrom: string, approved: boolean } | null }> };

export type AcceptRecruitmentPlanMutationVariables = Exact<{
  input: AcceptRecruitmentPlanInput;
}>;


export type AcceptRecruitmentPlanMutation = { acceptRecruitmentPlan: { programmeId: string, status: HandoverStatus } };

export type DraftRecruitmentPlanMutationVariables = Exact<{
  input: DraftRecruitmentPlanInput;
}>;


export type DraftRecruitmentPlanMutation = { draftRecruitmentPlan: { programmeId: string, status: HandoverStatus } };

export type HandOverRecruitmentPlanMutationVariables = Exact<{
  input: HandOverRecruitmentPlanInput;
}>;


export type HandOverRecruitmentPlanMutation = { handOverRecruitmentPlan: { programmeId: string, status: HandoverStatus } };

export type RecordRecruitmentStageCompletedMutationVariables = Exact<{
  input: RecordRecruitmentStageCompletedInput;
}>;


export type RecordRecruitmentStageCompletedMutation = { recordRecruitmentStageCompleted: { programmeId: string, status: HandoverStatus } };

export type RecordVacancyFilledMutationVariables = Exact<{
  input: RecordVacancyFilledInput;
}>;


export type RecordVacancyFilledMutation = { recordVacancyFilled: { programmeId: string, status: HandoverStatus } };

export type ReplanRecruitmentStageMutationVariables = Exact<{
  input: ReplanRecruitmentStageInput;
}>;


export type ReplanRecruitmentStageMutation = { replanRecruitmentStage: { programmeId: string, status: HandoverStatus } };

export type ReturnRecruitmentPlanMutationVariables = Exact<{
  input: ReturnRecruitmentPlanInput;
}>;


export type ReturnRecruitmentPlanMutation = { returnRecruitmentPlan: { programmeId: string, status: HandoverStatus } };

export type RecruitmentPlanQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type RecruitmentPlanQuery = { recruitmentPlan: { programmeId: string, status: HandoverStatus, handedOverOn: string | null, acceptedOn: string | null, canEdit: boolean, canAnswer: boolean, canRecordProgress: boolean, ism: { userId: string, displayName: string } | null, returns: Array<{ reasons: string, returnedOn: string }>, gate: { open: boolean, reason: string }, vacancies: Array<{ vacancyId: string, title: string, grade: number, fte: number, owner: string, status: VacancyStatus, startDate: string | null, stages: Array<{ stage: RecruitmentStage, label: string, targetDate: string, completedOn: string | null, overdue: boolean, replans: Array<{ previousTargetDate: string, targetDate: string, reason: string }> }> }>, openVacancies: Array<{ designPostId: string, title: string, grade: number, fte: number }>, interimServiceManagers: Array<{ userId: string, displayName: string }>, history: Array<{ type: string, at: string, by: string, summary: string }> } };

export type PortalHandoverProgrammesQueryVariables = Exact<{
  authorityId?: string | number | null | undefined;
}>;


export type PortalHandoverProgrammesQuery = { programmes: Array<{ id: string, name: string }> };

export type RecordPolicyPackMutationVariables = Exact<{
  input: RecordPolicyPackInput;
}>;


export type RecordPolicyPackMutation = { recordPolicyPack: { authorityId: string, inForce: { version: number | null, effectiveFrom: string | null }, versions: Array<{ version: number }> } };

export type CouncilPolicyQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type CouncilPolicyQuery = { authority: { id: string, name: string }, councilPolicy: { authorityId: string, on: string, inForce: { origin: PolicyOrigin, version: number | null, effectiveFrom: string | null, label: string, pack: { slotInMinimumJobMatchPercent: number, ringFenceGradesBelow: number | null, ringFenceGradesAbove: number | null, trialMaximumWeeks: number | null, incrementalDate: IncrementalDate, payProtection: { taper: PayProtectionTaper, months: number, steps: Array<{ months: number, percentOfDifference: number }> }, discretionaryCompensation: { actualWeeksPay: boolean, multiplierPercent: number, maximumWeeks: number }, notice: { defaultWeeks: number, byGrade: Array<{ fromGrade: number, toGrade: number | null, weeks: number }> } } }, versions: Array<{ version: number, effectiveFrom: string, reason: string }> } };

export type PortalHomeQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type PortalHomeQuery = { authority: { id: string, name: string, directorates: Array<{ id: string, name: string }>, services: Array<{ id: string, name: string, directorateId: string }> } };

export type PortalReturnsQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type PortalReturnsQuery = { programmes: Array<{ id: string, name: string }>, posts: Array<{ id: string, serviceId: string }> };

export type PortalProgrammeReturnQueryVariables = Exact<{
  programmeId: string | number;
  serviceId: string | number;
}>;


export type PortalProgrammeReturnQuery = { activityTaxonomy: Array<{ id: string, retired: boolean }>, activityShares: Array<{ postId: string }> };

export type ProgrammesQueryVariables = Exact<{
  authorityId?: string | number | null | undefined;
}>;


export type ProgrammesQuery = { programmes: Array<{ id: string, authorityId: string, name: string, objective: string, stage: string, startedOn: string, stageDecision: { summary: string, on: string } | null }>, authorities: Array<{ id: string, name: string }> };

export type EndTrialPeriodMutationVariables = Exact<{
  input: EndTrialPeriodInput;
}>;


export type EndTrialPeriodMutation = { endTrialPeriod: { postId: string, outcome: ReassignmentOutcome } };

export type GrantPayProtectionMutationVariables = Exact<{
  input: GrantPayProtectionInput;
}>;


export type GrantPayProtectionMutation = { grantPayProtection: { postId: string, outcome: ReassignmentOutcome } };

export type MarkAtRiskMutationVariables = Exact<{
  input: MarkAtRiskInput;
}>;


export type MarkAtRiskMutation = { markAtRisk: { postId: string, outcome: ReassignmentOutcome } };

export type PlaceInRingFenceMutationVariables = Exact<{
  input: PlaceInRingFenceInput;
}>;


export type PlaceInRingFenceMutation = { placeInRingFence: { id: string, name: string } };

export type RecordRedeploymentMutationVariables = Exact<{
  input: RecordRedeploymentInput;
}>;


export type RecordRedeploymentMutation = { recordRedeployment: { postId: string, outcome: ReassignmentOutcome } };

export type RecordSelectionOutcomeMutationVariables = Exact<{
  input: RecordSelectionOutcomeInput;
}>;


export type RecordSelectionOutcomeMutation = { recordSelectionOutcome: { postId: string, outcome: ReassignmentOutcome } };

export type RecordSlotInMutationVariables = Exact<{
  input: RecordSlotInInput;
}>;


export type RecordSlotInMutation = { recordSlotIn: { postId: string, outcome: ReassignmentOutcome } };

export type ReleaseVacancyMutationVariables = Exact<{
  input: ReleaseVacancyInput;
}>;


export type ReleaseVacancyMutation = { releaseVacancy: { postId: string, outcome: ReassignmentOutcome } };

export type StartTrialPeriodMutationVariables = Exact<{
  input: StartTrialPeriodInput;
}>;


export type StartTrialPeriodMutation = { startTrialPeriod: { postId: string, outcome: ReassignmentOutcome } };

export type TransitionMapQueryVariables = Exact<{
  programmeId: string | number;
  authorityId: string | number;
}>;


export type TransitionMapQuery = { transitionMap: { programmeId: string, chosenOptionId: string | null, asIs: Array<{ postId: string, reference: string, title: string | null, serviceId: string | null, grade: string | null, fte: number | null, vacant: boolean | null, inEstablishment: boolean, outcome: ReassignmentOutcome, designPostId: string | null, route: ReassignmentRoute | null, poolId: string | null, dealId: string | null, redeployment: { toDescription: string, priorityInterview: boolean } | null, trial: { designPostId: string | null, startDate: string, endDate: string, extendedByWrittenAgreement: boolean } | null, payProtection: { protectedGrade: string, startDate: string, endDate: string } | null, history: Array<{ type: string, reason: string, at: string, by: string, effectiveDate: string | null, designPostId: string | null }> }>, toBe: Array<{ designPostId: string, title: string, grade: number, fte: number, filledFte: number, unfilledFte: number, sources: Array<{ postId: string, reference: string, fte: number, how: ReassignmentRoute }> }>, pools: Array<{ id: string, name: string, postIds: Array<string>, designPostIds: Array<string> }> }, posts: Array<{ id: string, serviceName: string, postholderRef: string | null }>, fteDeals: Array<{ id: string, serviceId: string, serviceName: string, status: DealStatus }> };

export type ProgrammeWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeWorkspaceQuery = { programmes: Array<{ id: string, authorityId: string, name: string, stage: string, startedOn: string, stageDecision: { summary: string, on: string } | null }>, authorities: Array<{ id: string, name: string, services: Array<{ id: string, name: string }> }> };

export type AwaitingMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AwaitingMeQuery = { awaitingMe: Array<{ kind: string, title: string, programmeId: string, entityId: string | null, since: string | null }> };

export type ApplyTemplateMutationVariables = Exact<{
  input: ApplyTemplateInput;
}>;


export type ApplyTemplateMutation = { applyTemplate: { programmeId: string, templateId: string, activities: number, tiers: Array<string> } };

export type RetireTemplateMutationVariables = Exact<{
  input: RetireTemplateInput;
}>;


export type RetireTemplateMutation = { retireTemplate: { id: string, name: string, retired: boolean } };

export type SaveProgrammeAsTemplateMutationVariables = Exact<{
  input: SaveProgrammeAsTemplateInput;
}>;


export type SaveProgrammeAsTemplateMutation = { saveProgrammeAsTemplate: { id: string, name: string } };

export type TemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesQuery = { templates: Array<{ id: string, name: string, description: string, retired: boolean, taxonomy: Array<{ key: string, parentKey: string | null, name: string, contractManagement: boolean }>, tierBands: Array<{ tier: string, minAnnualValuePence: number, riskAtLeast: ContractRisk | null }>, capacityAssumptions: { productiveHoursPerFte: number, hoursPerContract: Array<{ tier: string, hours: number }> } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AddActivityDocument = new TypedDocumentString(`
    mutation AddActivity($input: AddActivityInput!) {
  addActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddActivityMutation, AddActivityMutationVariables>;
export const RenameActivityDocument = new TypedDocumentString(`
    mutation RenameActivity($input: RenameActivityInput!) {
  renameActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RenameActivityMutation, RenameActivityMutationVariables>;
export const RetireActivityDocument = new TypedDocumentString(`
    mutation RetireActivity($input: RetireActivityInput!) {
  retireActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetireActivityMutation, RetireActivityMutationVariables>;
export const SeedActivityTaxonomyDocument = new TypedDocumentString(`
    mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {
  seedActivityTaxonomy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeedActivityTaxonomyMutation, SeedActivityTaxonomyMutationVariables>;
export const SubmitActivityReturnDocument = new TypedDocumentString(`
    mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {
  submitActivityReturn(input: $input) {
    returnId
    posts
  }
}
    `) as unknown as TypedDocumentString<SubmitActivityReturnMutation, SubmitActivityReturnMutationVariables>;
export const AnalysisProgrammesDocument = new TypedDocumentString(`
    query AnalysisProgrammes {
  programmes {
    id
    authorityId
    name
    stage
    startedOn
  }
  authorities {
    id
    name
    services {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AnalysisProgrammesQuery, AnalysisProgrammesQueryVariables>;
export const ReturnCoverageDocument = new TypedDocumentString(`
    query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {
  posts(authorityId: $authorityId) {
    id
    serviceId
  }
  activityShares(programmeId: $programmeId) {
    postId
    serviceId
  }
}
    `) as unknown as TypedDocumentString<ReturnCoverageQuery, ReturnCoverageQueryVariables>;
export const ActivityAnalysisDocument = new TypedDocumentString(`
    query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {
  activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {
    programmeId
    headline
    roundingRule
    thresholdPercent
    totalFte
    totalCostPence
    postsAnalysed
    postsWithContractManagement
    substantivePosts
    fractionalPosts
    byService {
      serviceId
      serviceName
      fte
      costPence
      posts
      substantivePosts
    }
    byActivity {
      activityId
      name
      fte
      costPence
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityAnalysisQuery, ActivityAnalysisQueryVariables>;
export const ActivityTaxonomyDocument = new TypedDocumentString(`
    query ActivityTaxonomy($programmeId: ID!) {
  activityTaxonomy(programmeId: $programmeId) {
    id
    name
    parentId
    retired
    contractManagement
  }
}
    `) as unknown as TypedDocumentString<ActivityTaxonomyQuery, ActivityTaxonomyQueryVariables>;
export const ActivityReturnFormDocument = new TypedDocumentString(`
    query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {
  posts(authorityId: $authorityId, serviceId: $serviceId) {
    id
    reference
    title
    fte
  }
  activityTaxonomy(programmeId: $programmeId) {
    id
    name
    parentId
    retired
    contractManagement
  }
  activityShares(programmeId: $programmeId, serviceId: $serviceId) {
    postId
    shares {
      activityId
      percent
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityReturnFormQuery, ActivityReturnFormQueryVariables>;
export const AuditHomeDocument = new TypedDocumentString(`
    query AuditHome {
  authorities {
    id
    name
    kind
    programmes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuditHomeQuery, AuditHomeQueryVariables>;
export const DecisionHistoryDocument = new TypedDocumentString(`
    query DecisionHistory($filter: DecisionHistoryFilter!, $first: Int, $offset: Int) {
  decisionHistory(filter: $filter, first: $first, offset: $offset) {
    authorityId
    total
    offset
    contexts
    eventTypes
    actors {
      id
      name
      role
    }
    items {
      eventId
      position
      context
      eventType
      sentence
      actorName
      actorRole
      occurredAt
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionHistoryQuery, DecisionHistoryQueryVariables>;
export const DecisionRawDocument = new TypedDocumentString(`
    query DecisionRaw($filter: DecisionHistoryFilter!) {
  decisionHistory(filter: $filter, first: 1) {
    items {
      eventId
      raw
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionRawQuery, DecisionRawQueryVariables>;
export const ProgrammeDiffDocument = new TypedDocumentString(`
    query ProgrammeDiff($programmeId: ID!, $from: String!, $to: String!) {
  programmeDiff(programmeId: $programmeId, from: $from, to: $to) {
    from
    to
    items {
      area
      change
      label
      before
      after
      causedBy {
        eventId
        sentence
        occurredAt
        actorName
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeDiffQuery, ProgrammeDiffQueryVariables>;
export const AuditVerificationDocument = new TypedDocumentString(`
    query AuditVerification($authorityId: ID!) {
  auditVerification(authorityId: $authorityId) {
    ok
    checkedAt
    events
    sealedUpTo
    unsealedEvents
    streams {
      streamName
      events
      ok
      reason
      revision
    }
    checkpoints {
      sequence
      sealedAt
      upTo
      streams
      events
      ok
      problems
    }
    firstBroken {
      streamName
      revision
      eventId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AuditVerificationQuery, AuditVerificationQueryVariables>;
export const AuditPublicKeyDocument = new TypedDocumentString(`
    query AuditPublicKey {
  auditPublicKey {
    algorithm
    keyId
    publicKeyPem
  }
}
    `) as unknown as TypedDocumentString<AuditPublicKeyQuery, AuditPublicKeyQueryVariables>;
export const AuditAccessLogDocument = new TypedDocumentString(`
    query AuditAccessLog($first: Int, $offset: Int) {
  auditAccessLog(first: $first, offset: $offset) {
    total
    items {
      id
      at
      userName
      role
      operation
      authorityId
      authorityName
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAccessLogQuery, AuditAccessLogQueryVariables>;
export const SealAuditCheckpointDocument = new TypedDocumentString(`
    mutation SealAuditCheckpoint($input: SealAuditCheckpointInput!) {
  sealAuditCheckpoint(input: $input) {
    sequence
    sealedAt
    upTo
    streams
    events
  }
}
    `) as unknown as TypedDocumentString<SealAuditCheckpointMutation, SealAuditCheckpointMutationVariables>;
export const AuditDealsDocument = new TypedDocumentString(`
    query AuditDeals($programmeId: ID!) {
  fteDeals(programmeId: $programmeId) {
    id
    serviceName
    status
    fte
    lastActivityAt
  }
}
    `) as unknown as TypedDocumentString<AuditDealsQuery, AuditDealsQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: UseLinkInput!) {
  acceptInvitation(input: $input) {
    token
    expiresAt
    me {
      id
      email
      displayName
      role
      tenantId
      tenantName
      authorityId
      serviceId
      authorityIds
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: UseLinkInput!) {
  resetPassword(input: $input) {
    token
    expiresAt
    me {
      id
      email
      displayName
      role
      tenantId
      tenantName
      authorityId
      serviceId
      authorityIds
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    expiresAt
    me {
      id
      email
      displayName
      role
      tenantId
      tenantName
      authorityId
      serviceId
      authorityIds
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const AuthoritiesDocument = new TypedDocumentString(`
    query Authorities {
  authorities {
    id
    name
    kind
    directorateCount
    serviceCount
    programmes {
      id
      name
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoritiesQuery, AuthoritiesQueryVariables>;
export const AuthorityDocument = new TypedDocumentString(`
    query Authority($id: ID!) {
  authority(id: $id) {
    id
    name
    kind
    directorates {
      id
      name
    }
    services {
      id
      name
      directorateId
    }
    programmes {
      id
      name
      objective
      stage
      stageDecision {
        summary
        on
      }
      startedOn
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorityQuery, AuthorityQueryVariables>;
export const ChangeBenefitStatusDocument = new TypedDocumentString(`
    mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {
  changeBenefitStatus(input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<ChangeBenefitStatusMutation, ChangeBenefitStatusMutationVariables>;
export const RecordBenefitDocument = new TypedDocumentString(`
    mutation RecordBenefit($input: RecordBenefitInput!) {
  recordBenefit(input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<RecordBenefitMutation, RecordBenefitMutationVariables>;
export const UpdateBenefitDocument = new TypedDocumentString(`
    mutation UpdateBenefit($input: UpdateBenefitInput!) {
  updateBenefit(input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateBenefitMutation, UpdateBenefitMutationVariables>;
export const BenefitsRegisterDocument = new TypedDocumentString(`
    query BenefitsRegister($programmeId: ID!) {
  benefits(programmeId: $programmeId) {
    programmeId
    benefits {
      id
      programmeId
      title
      cashable
      annualAmountPence
      owner
      baseline
      targetDate
      status
      statusNote
    }
    totals {
      cashablePence
      nonCashablePence
      byStatus {
        status
        annualAmountPence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenefitsRegisterQuery, BenefitsRegisterQueryVariables>;
export const SetBusinessCaseAssumptionsDocument = new TypedDocumentString(`
    mutation SetBusinessCaseAssumptions($input: SetBusinessCaseAssumptionsInput!) {
  setBusinessCaseAssumptions(input: $input) {
    programmeId
    assumptions {
      decided
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SetBusinessCaseAssumptionsMutation, SetBusinessCaseAssumptionsMutationVariables>;
export const BusinessCaseDocument = new TypedDocumentString(`
    query BusinessCase($programmeId: ID!) {
  businessCase(programmeId: $programmeId) {
    programmeId
    assumptions {
      firstYear
      horizonYears
      vacancyFactorBp
      increments
      decided
      reason
      payAwards {
        financialYear
        rateBp
      }
    }
    options {
      optionId
      optionName
      chosen
      paybackYear
      totals {
        payPence
        nonPayPence
        incrementsPence
        payAwardPence
        vacancySavingPence
        recurringPence
        oneOffPence
        fundingPence
        netPence
      }
      years {
        financialYear
        payPence
        nonPayPence
        incrementsPence
        payAwardPence
        vacancySavingPence
        recurringPence
        oneOffPence
        fundingPence
        netPence
        cumulativeNetPence
        payAward {
          kind
          rateBp
          description
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BusinessCaseQuery, BusinessCaseQueryVariables>;
export const SetCapacityAssumptionsDocument = new TypedDocumentString(`
    mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {
  setCapacityAssumptions(input: $input) {
    programmeId
    hours
    demandFte
    supplyFte
    gapFte
    productiveHoursPerFte
    tiersWithoutHours
    roundingRule
    tiers {
      tier
      contracts
      hoursPerContract
      hours
      fte
    }
    assumptions {
      hoursPerContract {
        tier
        hours
      }
      productiveHoursPerFte
      isDefault
      fromTemplateId
    }
  }
}
    `) as unknown as TypedDocumentString<SetCapacityAssumptionsMutation, SetCapacityAssumptionsMutationVariables>;
export const CapacityModelDocument = new TypedDocumentString(`
    query CapacityModel($programmeId: ID!) {
  capacityModel(programmeId: $programmeId) {
    programmeId
    hours
    demandFte
    supplyFte
    gapFte
    productiveHoursPerFte
    tiersWithoutHours
    roundingRule
    tiers {
      tier
      contracts
      hoursPerContract
      hours
      fte
    }
    assumptions {
      hoursPerContract {
        tier
        hours
      }
      productiveHoursPerFte
      isDefault
      fromTemplateId
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityModelQuery, CapacityModelQueryVariables>;
export const DraftConsultationPlanDocument = new TypedDocumentString(`
    mutation DraftConsultationPlan($input: DraftConsultationPlanInput!) {
  draftConsultationPlan(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<DraftConsultationPlanMutation, DraftConsultationPlanMutationVariables>;
export const LaunchConsultationDocument = new TypedDocumentString(`
    mutation LaunchConsultation($input: LaunchConsultationInput!) {
  launchConsultation(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<LaunchConsultationMutation, LaunchConsultationMutationVariables>;
export const LogTradeUnionEngagementDocument = new TypedDocumentString(`
    mutation LogTradeUnionEngagement($input: LogTradeUnionEngagementInput!) {
  logTradeUnionEngagement(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<LogTradeUnionEngagementMutation, LogTradeUnionEngagementMutationVariables>;
export const PlanConsultationDatesDocument = new TypedDocumentString(`
    mutation PlanConsultationDates($input: PlanConsultationDatesInput!) {
  planConsultationDates(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<PlanConsultationDatesMutation, PlanConsultationDatesMutationVariables>;
export const RecordDisclosureDocument = new TypedDocumentString(`
    mutation RecordDisclosure($input: RecordDisclosureInput!) {
  recordDisclosure(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordDisclosureMutation, RecordDisclosureMutationVariables>;
export const RecordEqualityImpactAssessmentDocument = new TypedDocumentString(`
    mutation RecordEqualityImpactAssessment($input: RecordEqualityImpactAssessmentInput!) {
  recordEqualityImpactAssessment(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordEqualityImpactAssessmentMutation, RecordEqualityImpactAssessmentMutationVariables>;
export const RecordIndividualAppealDocument = new TypedDocumentString(`
    mutation RecordIndividualAppeal($input: RecordIndividualAppealInput!) {
  recordIndividualAppeal(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordIndividualAppealMutation, RecordIndividualAppealMutationVariables>;
export const RecordIndividualMeetingDocument = new TypedDocumentString(`
    mutation RecordIndividualMeeting($input: RecordIndividualMeetingInput!) {
  recordIndividualMeeting(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordIndividualMeetingMutation, RecordIndividualMeetingMutationVariables>;
export const RecordIndividualOutcomeDocument = new TypedDocumentString(`
    mutation RecordIndividualOutcome($input: RecordIndividualOutcomeInput!) {
  recordIndividualOutcome(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordIndividualOutcomeMutation, RecordIndividualOutcomeMutationVariables>;
export const RecordProtectedCharacteristicsDocument = new TypedDocumentString(`
    mutation RecordProtectedCharacteristics($input: RecordProtectedCharacteristicsInput!) {
  recordProtectedCharacteristics(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordProtectedCharacteristicsMutation, RecordProtectedCharacteristicsMutationVariables>;
export const RecordContinuousServiceDocument = new TypedDocumentString(`
    mutation RecordContinuousService($input: RecordContinuousServiceInput!) {
  recordContinuousService(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<RecordContinuousServiceMutation, RecordContinuousServiceMutationVariables>;
export const ElectEmployeeRepresentativesDocument = new TypedDocumentString(`
    mutation ElectEmployeeRepresentatives($input: ElectEmployeeRepresentativesInput!) {
  electEmployeeRepresentatives(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<ElectEmployeeRepresentativesMutation, ElectEmployeeRepresentativesMutationVariables>;
export const ReviseConsultationPlanDocument = new TypedDocumentString(`
    mutation ReviseConsultationPlan($input: ReviseConsultationPlanInput!) {
  reviseConsultationPlan(input: $input) {
    planId
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<ReviseConsultationPlanMutation, ReviseConsultationPlanMutationVariables>;
export const ConsultationPlansDocument = new TypedDocumentString(`
    query ConsultationPlans($programmeId: ID!) {
  consultationPlans(programmeId: $programmeId) {
    planId
    title
    establishment
    proposedDismissals
    status
    draftedOn
    launchedOn
    figures {
      collectiveRequired
      minimumDays
    }
    dismissals {
      counted
    }
    warnings {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationPlansQuery, ConsultationPlansQueryVariables>;
export const ConsultationPlanDocument = new TypedDocumentString(`
    query ConsultationPlan($planId: ID!) {
  consultationPlan(planId: $planId) {
    planId
    programmeId
    title
    establishment
    proposedDismissals
    recognisedUnions
    status
    draftedOn
    launchedOn
    launchRuleIds
    revision
    dates {
      staffBriefing
      consultationStart
      consultationClose
      responseToFeedback
      finalStructurePublished
      selectionStart
      selectionEnd
      noticesIssued
      appealsClose
      firstDismissal
      goLive
      hr1SentOn
    }
    figures {
      ruleDate
      collectiveRequired
      minimumDays
      collectiveRuleId
      collectiveRule
      collectiveSource
      hr1Required
      hr1LeadDays
      hr1Deadline
      hr1OnlineFormOnly
      hr1RuleId
      hr1Rule
      hr1Source
      earliestFirstDismissal
      latestConsultationStart
    }
    warnings {
      code
      message
      rule
      source
      dates
    }
    gate {
      open
      reason
    }
    disclosures {
      item
      label
      given
      givenOn
      documentRef
      unions
    }
    tradeUnionLog {
      entryId
      date
      kind
      unions
      summary
    }
    individuals {
      postId
      postReference
      person
      atRisk
      placement
      outcome
      outcomeDecidedOn
      proposedForDismissal
      service {
        serviceStart
        contractualNoticeWeeks
        statutoryNoticeWeeks
      }
      meetings {
        meetingId
        date
        kind
        note
      }
      appeal {
        lodgedOn
        result
        decidedOn
      }
    }
    timeline {
      from
      to
      bars {
        key
        label
        start
        end
      }
      constraints {
        key
        label
        date
        rule
        source
      }
    }
    exposure {
      applies
      breached
      ruleId
      rule
      source
      toBeConfirmed
      ruleDate
      maximumDays
      basis
      totalPence
      people {
        postId
        person
        annualPayPence
        maximumPence
      }
    }
    equality {
      assessment {
        documentRef
        assessedOn
        findings
      }
      stages
      stageTotals
      suppressBelow
      rows {
        characteristic
        category
        counts
      }
    }
    dismissals {
      recorded
      derived
      changedTerms
      counted
      differs
      rule
      source
      aggregated {
        planId
        title
        dismissals
      }
      people {
        postId
        person
        reasons
      }
    }
    election {
      electedOn
      termEndsOn
      source
      representatives {
        postId
        person
        represents
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationPlanQuery, ConsultationPlanQueryVariables>;
export const AddTargetContractDocument = new TypedDocumentString(`
    mutation AddTargetContract($input: AddTargetContractInput!) {
  addTargetContract(input: $input) {
    id
    reference
    tier
  }
}
    `) as unknown as TypedDocumentString<AddTargetContractMutation, AddTargetContractMutationVariables>;
export const ImportTargetContractsDocument = new TypedDocumentString(`
    mutation ImportTargetContracts($input: ImportTargetContractsInput!) {
  importTargetContracts(input: $input) {
    importId
    fileName
    rowCount
    created
    updated
    unchanged
  }
}
    `) as unknown as TypedDocumentString<ImportTargetContractsMutation, ImportTargetContractsMutationVariables>;
export const RemoveTargetContractDocument = new TypedDocumentString(`
    mutation RemoveTargetContract($input: RemoveTargetContractInput!) {
  removeTargetContract(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveTargetContractMutation, RemoveTargetContractMutationVariables>;
export const SetTierRulesDocument = new TypedDocumentString(`
    mutation SetTierRules($input: SetTierRulesInput!) {
  setTierRules(input: $input) {
    programmeId
    isDefault
    bands {
      tier
      minAnnualValuePence
      riskAtLeast
    }
  }
}
    `) as unknown as TypedDocumentString<SetTierRulesMutation, SetTierRulesMutationVariables>;
export const UpdateTargetContractDocument = new TypedDocumentString(`
    mutation UpdateTargetContract($input: UpdateTargetContractInput!) {
  updateTargetContract(input: $input) {
    id
    reference
    tier
    revision
  }
}
    `) as unknown as TypedDocumentString<UpdateTargetContractMutation, UpdateTargetContractMutationVariables>;
export const RecordContractNoticeTriggerDocument = new TypedDocumentString(`
    mutation RecordContractNoticeTrigger($input: RecordContractNoticeTriggerInput!) {
  recordContractNoticeTrigger(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordContractNoticeTriggerMutation, RecordContractNoticeTriggerMutationVariables>;
export const RecordContractNoticePublishedDocument = new TypedDocumentString(`
    mutation RecordContractNoticePublished($input: RecordContractNoticePublishedInput!) {
  recordContractNoticePublished(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordContractNoticePublishedMutation, RecordContractNoticePublishedMutationVariables>;
export const TargetContractsDocument = new TypedDocumentString(`
    query TargetContracts($programmeId: ID!) {
  targetContracts(programmeId: $programmeId) {
    id
    programmeId
    reference
    title
    supplier
    serviceId
    serviceName
    annualValuePence
    wholeLifeValuePence
    startDate
    endDate
    risk
    vfmConcern
    vfmNote
    contractManagerPostId
    contractManagerPostReference
    kpisSet
    exempt
    procurementStartedOn
    regime
    tier
    revision
    procurementActDuties {
      applies
      regime
      reason
      ruleVersion
      kpis {
        required
        minimum
        set
        met
      }
      performanceNotices {
        dueDate
        kind
        overdue
      }
    }
    notices {
      kind
      name
      source
      dueDate
      because
      triggerId
      state
      publishedOn
      reference
    }
    noticeTriggers {
      triggerId
      kind
      occurredOn
      description
    }
  }
}
    `) as unknown as TypedDocumentString<TargetContractsQuery, TargetContractsQueryVariables>;
export const TierRulesDocument = new TypedDocumentString(`
    query TierRules($programmeId: ID!) {
  tierRules(programmeId: $programmeId) {
    programmeId
    isDefault
    fromTemplateId
    bands {
      tier
      minAnnualValuePence
      riskAtLeast
    }
  }
}
    `) as unknown as TypedDocumentString<TierRulesQuery, TierRulesQueryVariables>;
export const ContractManagerPostsDocument = new TypedDocumentString(`
    query ContractManagerPosts($authorityId: ID!) {
  posts(authorityId: $authorityId) {
    id
    reference
    title
    serviceName
  }
}
    `) as unknown as TypedDocumentString<ContractManagerPostsQuery, ContractManagerPostsQueryVariables>;
export const RecordExitCostInputsDocument = new TypedDocumentString(`
    mutation RecordExitCostInputs($input: RecordExitCostInputsInput!) {
  recordExitCostInputs(input: $input) {
    postId
  }
}
    `) as unknown as TypedDocumentString<RecordExitCostInputsMutation, RecordExitCostInputsMutationVariables>;
export const SetBudgetNonPayLinesDocument = new TypedDocumentString(`
    mutation SetBudgetNonPayLines($input: SetBudgetNonPayLinesInput!) {
  setBudgetNonPayLines(input: $input) {
    programmeId
    nonPayTotalPence
  }
}
    `) as unknown as TypedDocumentString<SetBudgetNonPayLinesMutation, SetBudgetNonPayLinesMutationVariables>;
export const SignOffBudgetDocument = new TypedDocumentString(`
    mutation SignOffBudget($input: SignOffBudgetInput!) {
  signOffBudget(input: $input) {
    programmeId
    signOffs {
      signedOn
      current
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffBudgetMutation, SignOffBudgetMutationVariables>;
export const OptionCostDocument = new TypedDocumentString(`
    query OptionCost($programmeId: ID!, $financialYear: String!, $policy: ScpPolicy!) {
  optionCost(
    programmeId: $programmeId
    financialYear: $financialYear
    policy: $policy
  ) {
    optionId
    optionName
    financialYear
    policy
    provisionalPosts
    tableIds
    totals {
      salaryPence
      niPence
      lgpsPence
      levyPence
      allowancesPence
      totalPence
    }
    posts {
      designPostId
      title
      fte
      grade
      minScp
      maxScp
      final
      salaryPence
      niPence
      lgpsPence
      levyPence
      allowancesPence
      totalPence
      basis {
        scpUsed
        annualPayPence
        payTableId
        niTableId
        levyTableId
        unconfirmedTableIds
        lgpsRate {
          rateBp
          effectiveFrom
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OptionCostQuery, OptionCostQueryVariables>;
export const FunctionBudgetDocument = new TypedDocumentString(`
    query FunctionBudget($programmeId: ID!, $financialYear: String!) {
  functionBudget(programmeId: $programmeId, financialYear: $financialYear) {
    programmeId
    financialYear
    nonPayTotalPence
    totalPence
    annualTotalPence
    fundingPence
    gapPence
    neededFte
    agreedFte
    gapFte
    notGradedPence
    oneOffTotalPence
    partYear {
      goLiveDate
      daysInYear
      daysCosted
    }
    oneOffCosts {
      kind
      label
      pence
      date
    }
    pay {
      optionName
      provisionalPosts
      tableIds
      totals {
        totalPence
      }
      notGraded {
        designPostId
        title
        fte
        annualPence
        pence
      }
    }
    nonPayLines {
      label
      pencePerYear
    }
    signOffs {
      signedOn
      note
      totalPence
      fundingPence
      gapPence
      tableIds
      lgpsRateBp
      current
    }
  }
}
    `) as unknown as TypedDocumentString<FunctionBudgetQuery, FunctionBudgetQueryVariables>;
export const ExitCostsDocument = new TypedDocumentString(`
    query ExitCosts($programmeId: ID!) {
  exitCosts(programmeId: $programmeId) {
    postId
    reference
    title
    outcome
    inputs {
      age
      completeYearsService
      weeklyPayPence
      pensionMember
      yearsMembership
      lgpsStrainEstimatePence
      dismissalDate
    }
    statutoryRedundancyPay {
      pence
      halfWeeks
      yearsCounted
      weeklyPayUsedPence
      capTableId
      eligible
      reason
    }
    lgpsStrain {
      applies
      estimatePence
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ExitCostsQuery, ExitCostsQueryVariables>;
export const FteDealsDocument = new TypedDocumentString(`
    query FteDeals($programmeId: ID!) {
  fteDeals(programmeId: $programmeId) {
    id
    programmeId
    serviceId
    serviceName
    status
    fte
    agreedFte
    offerFte
    awaiting
    rounds
    version
    lastActivityAt
    budget {
      financialYear
      pence
    }
  }
}
    `) as unknown as TypedDocumentString<FteDealsQuery, FteDealsQueryVariables>;
export const FteDealDocument = new TypedDocumentString(`
    query FteDeal($id: ID!) {
  fteDeal(id: $id) {
    id
    programmeId
    serviceId
    serviceName
    status
    fte
    agreedFte
    offerFte
    awaiting
    rounds
    version
    lastActivityAt
    terms {
      fte
      budgetTotalPence
      effectiveDate
      linkedChange
      rationale
      sourcePosts {
        postId
        reference
        title
        fte
        postFte
      }
      budget {
        financialYear
        pence
      }
    }
    offerTerms {
      fte
      budgetTotalPence
      effectiveDate
      linkedChange
      rationale
      sourcePosts {
        postId
        reference
        title
        fte
        postFte
      }
      budget {
        financialYear
        pence
      }
    }
    history {
      side
      action
      sentence
      actorName
      actorRole
      reason
      at
      onBehalfOfService
      fte
      budgetTotal
    }
    notes {
      text
      authorName
      at
    }
  }
}
    `) as unknown as TypedDocumentString<FteDealQuery, FteDealQueryVariables>;
export const DealServicePostsDocument = new TypedDocumentString(`
    query DealServicePosts($authorityId: ID!, $serviceId: ID!) {
  posts(authorityId: $authorityId, serviceId: $serviceId) {
    id
    reference
    title
    fte
    vacant
  }
}
    `) as unknown as TypedDocumentString<DealServicePostsQuery, DealServicePostsQueryVariables>;
export const AddDealNoteDocument = new TypedDocumentString(`
    mutation AddDealNote($input: AddDealNoteInput!) {
  addDealNote(input: $input) {
    id
    notes {
      text
      authorName
      at
    }
  }
}
    `) as unknown as TypedDocumentString<AddDealNoteMutation, AddDealNoteMutationVariables>;
export const AgreeFteDealAmendmentDocument = new TypedDocumentString(`
    mutation AgreeFteDealAmendment($input: DealStepInput!) {
  agreeFteDealAmendment(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgreeFteDealAmendmentMutation, AgreeFteDealAmendmentMutationVariables>;
export const AgreeFteDealDocument = new TypedDocumentString(`
    mutation AgreeFteDeal($input: DealStepInput!) {
  agreeFteDeal(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgreeFteDealMutation, AgreeFteDealMutationVariables>;
export const CounterFteDealAmendmentDocument = new TypedDocumentString(`
    mutation CounterFteDealAmendment($input: DealOfferInput!) {
  counterFteDealAmendment(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<CounterFteDealAmendmentMutation, CounterFteDealAmendmentMutationVariables>;
export const CounterFteDealDocument = new TypedDocumentString(`
    mutation CounterFteDeal($input: DealOfferInput!) {
  counterFteDeal(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<CounterFteDealMutation, CounterFteDealMutationVariables>;
export const ProposeFteDealAmendmentDocument = new TypedDocumentString(`
    mutation ProposeFteDealAmendment($input: DealOfferInput!) {
  proposeFteDealAmendment(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ProposeFteDealAmendmentMutation, ProposeFteDealAmendmentMutationVariables>;
export const ProposeFteDealDocument = new TypedDocumentString(`
    mutation ProposeFteDeal($input: ProposeFteDealInput!) {
  proposeFteDeal(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ProposeFteDealMutation, ProposeFteDealMutationVariables>;
export const RejectFteDealAmendmentDocument = new TypedDocumentString(`
    mutation RejectFteDealAmendment($input: DealStepInput!) {
  rejectFteDealAmendment(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<RejectFteDealAmendmentMutation, RejectFteDealAmendmentMutationVariables>;
export const RejectFteDealDocument = new TypedDocumentString(`
    mutation RejectFteDeal($input: DealStepInput!) {
  rejectFteDeal(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<RejectFteDealMutation, RejectFteDealMutationVariables>;
export const WithdrawFteDealDocument = new TypedDocumentString(`
    mutation WithdrawFteDeal($input: DealStepInput!) {
  withdrawFteDeal(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<WithdrawFteDealMutation, WithdrawFteDealMutationVariables>;
export const DraftContractManagementDefinitionDocument = new TypedDocumentString(`
    mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {
  draftContractManagementDefinition(input: $input) {
    programmeId
    version
    text
    agreements {
      stakeholderName
      stakeholderRole
    }
    versions {
      version
      text
      agreements {
        stakeholderName
        stakeholderRole
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftContractManagementDefinitionMutation, DraftContractManagementDefinitionMutationVariables>;
export const RecordDefinitionAgreementDocument = new TypedDocumentString(`
    mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {
  recordDefinitionAgreement(input: $input) {
    programmeId
    version
    text
    agreements {
      stakeholderName
      stakeholderRole
    }
    versions {
      version
      text
      agreements {
        stakeholderName
        stakeholderRole
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDefinitionAgreementMutation, RecordDefinitionAgreementMutationVariables>;
export const ContractManagementDefinitionDocument = new TypedDocumentString(`
    query ContractManagementDefinition($programmeId: ID!) {
  contractManagementDefinition(programmeId: $programmeId) {
    programmeId
    version
    text
    agreements {
      stakeholderName
      stakeholderRole
    }
    versions {
      version
      text
      agreements {
        stakeholderName
        stakeholderRole
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContractManagementDefinitionQuery, ContractManagementDefinitionQueryVariables>;
export const DischargeConditionDocument = new TypedDocumentString(`
    mutation DischargeCondition($input: DischargeConditionInput!) {
  dischargeCondition(input: $input) {
    programmeId
    gate {
      open
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DischargeConditionMutation, DischargeConditionMutationVariables>;
export const RecordDesignAuthorityDecisionDocument = new TypedDocumentString(`
    mutation RecordDesignAuthorityDecision($input: RecordDesignAuthorityDecisionInput!) {
  recordDesignAuthorityDecision(input: $input) {
    programmeId
    gate {
      open
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDesignAuthorityDecisionMutation, RecordDesignAuthorityDecisionMutationVariables>;
export const SubmitToDesignAuthorityDocument = new TypedDocumentString(`
    mutation SubmitToDesignAuthority($input: SubmitToDesignAuthorityInput!) {
  submitToDesignAuthority(input: $input) {
    programmeId
    submissions {
      submissionId
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitToDesignAuthorityMutation, SubmitToDesignAuthorityMutationVariables>;
export const DesignAuthorityDocument = new TypedDocumentString(`
    query DesignAuthority($programmeId: ID!) {
  designAuthority(programmeId: $programmeId) {
    programmeId
    gate {
      open
      reason
      submissionId
      decision
      openBlockingConditions {
        conditionId
        text
        owner
        dueDate
      }
    }
    submissions {
      submissionId
      submittedOn
      status
      supersededBy
      decision {
        decision
        meetingDate
        asksFor
        reasons
      }
      conditions {
        conditionId
        text
        owner
        dueDate
        blocking
        discharged
        dischargedOn
        evidence
      }
      snapshot {
        optionId
        optionName
        totalCostPence
        costingBasis
        agreedFte
        neededFte
        gapFte
        consultationOutline
        financialYear
        goLiveDate
        notGradedPence
        oneOffPence
        nonPay {
          label
          pence
        }
        oneOffCosts {
          kind
          label
          pence
        }
        financeSignOff {
          signedOff
          signedOn
          current
        }
        posts {
          designPostId
          title
          grade
          fte
          pence
          costedInFull
        }
        fundingByYear {
          financialYear
          agreedPence
          pipelinePence
          neededPence
          gapPence
        }
        deals {
          dealId
          serviceName
          status
          fte
        }
        grading {
          designPostId
          jd
          evaluation
          grade
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DesignAuthorityQuery, DesignAuthorityQueryVariables>;
export const AddDesignPostDocument = new TypedDocumentString(`
    mutation AddDesignPost($input: AddDesignPostInput!) {
  addDesignPost(input: $input) {
    optionId
    designPostId
    design {
      revision
      chosenOptionId
    }
  }
}
    `) as unknown as TypedDocumentString<AddDesignPostMutation, AddDesignPostMutationVariables>;
export const ChooseDesignOptionDocument = new TypedDocumentString(`
    mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {
  chooseDesignOption(input: $input) {
    optionId
    designPostId
    design {
      revision
      chosenOptionId
    }
  }
}
    `) as unknown as TypedDocumentString<ChooseDesignOptionMutation, ChooseDesignOptionMutationVariables>;
export const DraftDesignOptionDocument = new TypedDocumentString(`
    mutation DraftDesignOption($input: DraftDesignOptionInput!) {
  draftDesignOption(input: $input) {
    optionId
    designPostId
    design {
      revision
      chosenOptionId
    }
  }
}
    `) as unknown as TypedDocumentString<DraftDesignOptionMutation, DraftDesignOptionMutationVariables>;
export const RemoveDesignPostDocument = new TypedDocumentString(`
    mutation RemoveDesignPost($input: RemoveDesignPostInput!) {
  removeDesignPost(input: $input) {
    optionId
    designPostId
    design {
      revision
      chosenOptionId
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveDesignPostMutation, RemoveDesignPostMutationVariables>;
export const RenameDesignOptionDocument = new TypedDocumentString(`
    mutation RenameDesignOption($input: RenameDesignOptionInput!) {
  renameDesignOption(input: $input) {
    optionId
    designPostId
    design {
      revision
      chosenOptionId
    }
  }
}
    `) as unknown as TypedDocumentString<RenameDesignOptionMutation, RenameDesignOptionMutationVariables>;
export const ReviseDesignPostDocument = new TypedDocumentString(`
    mutation ReviseDesignPost($input: ReviseDesignPostInput!) {
  reviseDesignPost(input: $input) {
    optionId
    designPostId
    design {
      revision
      chosenOptionId
    }
  }
}
    `) as unknown as TypedDocumentString<ReviseDesignPostMutation, ReviseDesignPostMutationVariables>;
export const SetFunctionGoLiveDateDocument = new TypedDocumentString(`
    mutation SetFunctionGoLiveDate($input: SetFunctionGoLiveDateInput!) {
  setFunctionGoLiveDate(input: $input) {
    programmeId
    goLiveDate
    revision
  }
}
    `) as unknown as TypedDocumentString<SetFunctionGoLiveDateMutation, SetFunctionGoLiveDateMutationVariables>;
export const FunctionDesignDocument = new TypedDocumentString(`
    query FunctionDesign($programmeId: ID!) {
  functionDesign(programmeId: $programmeId) {
    programmeId
    chosenOptionId
    chosenReason
    revision
    goLiveDate
    options {
      id
      name
      description
      chosen
      layers
      checks {
        rule
        message
        designPostId
      }
      totals {
        posts
        fte
        indicativeCostPence
      }
      orgChart {
        designPostId
        title
        grade
        fte
        layer
        reportsTo
        directReports
      }
      posts {
        id
        title
        grade
        fte
        reportsTo
        responsibilities
        jdReference
        indicativeCostPence
        apprenticeship
        holderAgeBand
        allowances {
          type
          pencePerYear
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FunctionDesignQuery, FunctionDesignQueryVariables>;
export const CompareDesignOptionsDocument = new TypedDocumentString(`
    query CompareDesignOptions($programmeId: ID!) {
  compareDesignOptions(programmeId: $programmeId) {
    optionId
    name
    chosen
    posts
    fte
    indicativeCostPence
    checks
    financialYear
    fullCostPence
    notGradedPence
    notGradedPosts
    costingProblem
  }
}
    `) as unknown as TypedDocumentString<CompareDesignOptionsQuery, CompareDesignOptionsQueryVariables>;
export const AddPostDocument = new TypedDocumentString(`
    mutation AddPost($input: AddPostInput!) {
  addPost(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<AddPostMutation, AddPostMutationVariables>;
export const ImportPostsDocument = new TypedDocumentString(`
    mutation ImportPosts($input: ImportSheetInput!) {
  importPosts(input: $input) {
    importId
    fileName
    rowCount
    created
    updated
    unchanged
  }
}
    `) as unknown as TypedDocumentString<ImportPostsMutation, ImportPostsMutationVariables>;
export const RemovePostDocument = new TypedDocumentString(`
    mutation RemovePost($input: RemovePostInput!) {
  removePost(input: $input)
}
    `) as unknown as TypedDocumentString<RemovePostMutation, RemovePostMutationVariables>;
export const UpdatePostDocument = new TypedDocumentString(`
    mutation UpdatePost($input: UpdatePostInput!) {
  updatePost(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<UpdatePostMutation, UpdatePostMutationVariables>;
export const EstablishmentAuthoritiesDocument = new TypedDocumentString(`
    query EstablishmentAuthorities {
  authorities {
    id
    name
    kind
    serviceCount
  }
}
    `) as unknown as TypedDocumentString<EstablishmentAuthoritiesQuery, EstablishmentAuthoritiesQueryVariables>;
export const EstablishmentAuthorityDocument = new TypedDocumentString(`
    query EstablishmentAuthority($id: ID!) {
  authority(id: $id) {
    id
    name
    services {
      id
      name
    }
  }
  tenantSettings {
    allowPostholderNames
  }
}
    `) as unknown as TypedDocumentString<EstablishmentAuthorityQuery, EstablishmentAuthorityQueryVariables>;
export const PostsDocument = new TypedDocumentString(`
    query Posts($authorityId: ID!, $serviceId: ID) {
  posts(authorityId: $authorityId, serviceId: $serviceId) {
    id
    reference
    serviceId
    serviceName
    title
    grade
    scp
    fte
    postholderRef
    vacant
    budgetedAnnualCostPence
  }
}
    `) as unknown as TypedDocumentString<PostsQuery, PostsQueryVariables>;
export const FundingPositionDocument = new TypedDocumentString(`
    query FundingPosition($programmeId: ID!) {
  fundingPosition(programmeId: $programmeId) {
    programmeId
    agreedFte
    pipelineFte
    neededFte
    gapFte
    needSource
    goLiveDate
    byYear {
      financialYear
      agreedPence
      pipelinePence
      neededPence
      gapPence
      indicativePence
      oneOffPence
      daysCosted
    }
  }
}
    `) as unknown as TypedDocumentString<FundingPositionQuery, FundingPositionQueryVariables>;
export const ApproveJobDescriptionDocument = new TypedDocumentString(`
    mutation ApproveJobDescription($input: ApproveJobDescriptionInput!) {
  approveJobDescription(input: $input) {
    designPostId
    jdStatus
  }
}
    `) as unknown as TypedDocumentString<ApproveJobDescriptionMutation, ApproveJobDescriptionMutationVariables>;
export const ApproveJobEvaluationDocument = new TypedDocumentString(`
    mutation ApproveJobEvaluation($input: ApproveJobEvaluationInput!) {
  approveJobEvaluation(input: $input) {
    designPostId
    evaluationStatus
    grade
  }
}
    `) as unknown as TypedDocumentString<ApproveJobEvaluationMutation, ApproveJobEvaluationMutationVariables>;
export const DraftJobDescriptionDocument = new TypedDocumentString(`
    mutation DraftJobDescription($input: DraftJobDescriptionInput!) {
  draftJobDescription(input: $input) {
    designPostId
    jdStatus
  }
}
    `) as unknown as TypedDocumentString<DraftJobDescriptionMutation, DraftJobDescriptionMutationVariables>;
export const RecordJobEvaluationDocument = new TypedDocumentString(`
    mutation RecordJobEvaluation($input: RecordJobEvaluationInput!) {
  recordJobEvaluation(input: $input) {
    designPostId
    evaluationStatus
  }
}
    `) as unknown as TypedDocumentString<RecordJobEvaluationMutation, RecordJobEvaluationMutationVariables>;
export const RequestJobDescriptionChangesDocument = new TypedDocumentString(`
    mutation RequestJobDescriptionChanges($input: RequestJobDescriptionChangesInput!) {
  requestJobDescriptionChanges(input: $input) {
    designPostId
    jdStatus
  }
}
    `) as unknown as TypedDocumentString<RequestJobDescriptionChangesMutation, RequestJobDescriptionChangesMutationVariables>;
export const SetGradeStructureDocument = new TypedDocumentString(`
    mutation SetGradeStructure($input: SetGradeStructureInput!) {
  setGradeStructure(input: $input) {
    effectiveFrom
  }
}
    `) as unknown as TypedDocumentString<SetGradeStructureMutation, SetGradeStructureMutationVariables>;
export const GradeStructuresDocument = new TypedDocumentString(`
    query GradeStructures($authorityId: ID!) {
  gradeStructures(authorityId: $authorityId) {
    effectiveFrom
    grades {
      grade
      minScp
      maxScp
    }
  }
}
    `) as unknown as TypedDocumentString<GradeStructuresQuery, GradeStructuresQueryVariables>;
export const PostGradingDocument = new TypedDocumentString(`
    query PostGrading($programmeId: ID!) {
  postGrading(programmeId: $programmeId) {
    designPostId
    title
    designGrade
    fte
    jdStatus
    evaluationStatus
    grade
    canBeCostedAsFinal
    nextStep
    jobDescription {
      version
      status
      purpose
      accountabilities
      essentialCriteria
      desirableCriteria
      changeNotes
    }
    evaluation {
      jdVersion
      scheme
      score
      panelDate
      moderated
      grade
      minScp
      maxScp
      gradeStructureEffectiveFrom
      approved
    }
  }
}
    `) as unknown as TypedDocumentString<PostGradingQuery, PostGradingQueryVariables>;
export const AcceptRecruitmentPlanDocument = new TypedDocumentString(`
    mutation AcceptRecruitmentPlan($input: AcceptRecruitmentPlanInput!) {
  acceptRecruitmentPlan(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptRecruitmentPlanMutation, AcceptRecruitmentPlanMutationVariables>;
export const DraftRecruitmentPlanDocument = new TypedDocumentString(`
    mutation DraftRecruitmentPlan($input: DraftRecruitmentPlanInput!) {
  draftRecruitmentPlan(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<DraftRecruitmentPlanMutation, DraftRecruitmentPlanMutationVariables>;
export const HandOverRecruitmentPlanDocument = new TypedDocumentString(`
    mutation HandOverRecruitmentPlan($input: HandOverRecruitmentPlanInput!) {
  handOverRecruitmentPlan(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<HandOverRecruitmentPlanMutation, HandOverRecruitmentPlanMutationVariables>;
export const RecordRecruitmentStageCompletedDocument = new TypedDocumentString(`
    mutation RecordRecruitmentStageCompleted($input: RecordRecruitmentStageCompletedInput!) {
  recordRecruitmentStageCompleted(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<RecordRecruitmentStageCompletedMutation, RecordRecruitmentStageCompletedMutationVariables>;
export const RecordVacancyFilledDocument = new TypedDocumentString(`
    mutation RecordVacancyFilled($input: RecordVacancyFilledInput!) {
  recordVacancyFilled(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<RecordVacancyFilledMutation, RecordVacancyFilledMutationVariables>;
export const ReplanRecruitmentStageDocument = new TypedDocumentString(`
    mutation ReplanRecruitmentStage($input: ReplanRecruitmentStageInput!) {
  replanRecruitmentStage(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<ReplanRecruitmentStageMutation, ReplanRecruitmentStageMutationVariables>;
export const ReturnRecruitmentPlanDocument = new TypedDocumentString(`
    mutation ReturnRecruitmentPlan($input: ReturnRecruitmentPlanInput!) {
  returnRecruitmentPlan(input: $input) {
    programmeId
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnRecruitmentPlanMutation, ReturnRecruitmentPlanMutationVariables>;
export const RecruitmentPlanDocument = new TypedDocumentString(`
    query RecruitmentPlan($programmeId: ID!) {
  recruitmentPlan(programmeId: $programmeId) {
    programmeId
    status
    handedOverOn
    acceptedOn
    canEdit
    canAnswer
    canRecordProgress
    ism {
      userId
      displayName
    }
    returns {
      reasons
      returnedOn
    }
    gate {
      open
      reason
    }
    vacancies {
      vacancyId
      title
      grade
      fte
      owner
      status
      startDate
      stages {
        stage
        label
        targetDate
        completedOn
        overdue
        replans {
          previousTargetDate
          targetDate
          reason
        }
      }
    }
    openVacancies {
      designPostId
      title
      grade
      fte
    }
    interimServiceManagers {
      userId
      displayName
    }
    history {
      type
      at
      by
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<RecruitmentPlanQuery, RecruitmentPlanQueryVariables>;
export const PortalHandoverProgrammesDocument = new TypedDocumentString(`
    query PortalHandoverProgrammes($authorityId: ID) {
  programmes(authorityId: $authorityId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PortalHandoverProgrammesQuery, PortalHandoverProgrammesQueryVariables>;
export const RecordPolicyPackDocument = new TypedDocumentString(`
    mutation RecordPolicyPack($input: RecordPolicyPackInput!) {
  recordPolicyPack(input: $input) {
    authorityId
    inForce {
      version
      effectiveFrom
    }
    versions {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPolicyPackMutation, RecordPolicyPackMutationVariables>;
export const CouncilPolicyDocument = new TypedDocumentString(`
    query CouncilPolicy($authorityId: ID!) {
  authority(id: $authorityId) {
    id
    name
  }
  councilPolicy(authorityId: $authorityId) {
    authorityId
    on
    inForce {
      origin
      version
      effectiveFrom
      label
      pack {
        slotInMinimumJobMatchPercent
        ringFenceGradesBelow
        ringFenceGradesAbove
        trialMaximumWeeks
        payProtection {
          taper
          months
          steps {
            months
            percentOfDifference
          }
        }
        discretionaryCompensation {
          actualWeeksPay
          multiplierPercent
          maximumWeeks
        }
        notice {
          defaultWeeks
          byGrade {
            fromGrade
            toGrade
            weeks
          }
        }
        incrementalDate
      }
    }
    versions {
      version
      effectiveFrom
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilPolicyQuery, CouncilPolicyQueryVariables>;
export const PortalHomeDocument = new TypedDocumentString(`
    query PortalHome($authorityId: ID!) {
  authority(id: $authorityId) {
    id
    name
    directorates {
      id
      name
    }
    services {
      id
      name
      directorateId
    }
  }
}
    `) as unknown as TypedDocumentString<PortalHomeQuery, PortalHomeQueryVariables>;
export const PortalReturnsDocument = new TypedDocumentString(`
    query PortalReturns($authorityId: ID!) {
  programmes(authorityId: $authorityId) {
    id
    name
  }
  posts(authorityId: $authorityId) {
    id
    serviceId
  }
}
    `) as unknown as TypedDocumentString<PortalReturnsQuery, PortalReturnsQueryVariables>;
export const PortalProgrammeReturnDocument = new TypedDocumentString(`
    query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {
  activityTaxonomy(programmeId: $programmeId) {
    id
    retired
  }
  activityShares(programmeId: $programmeId, serviceId: $serviceId) {
    postId
  }
}
    `) as unknown as TypedDocumentString<PortalProgrammeReturnQuery, PortalProgrammeReturnQueryVariables>;
export const ProgrammesDocument = new TypedDocumentString(`
    query Programmes($authorityId: ID) {
  programmes(authorityId: $authorityId) {
    id
    authorityId
    name
    objective
    stage
    stageDecision {
      summary
      on
    }
    startedOn
  }
  authorities {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ProgrammesQuery, ProgrammesQueryVariables>;
export const EndTrialPeriodDocument = new TypedDocumentString(`
    mutation EndTrialPeriod($input: EndTrialPeriodInput!) {
  endTrialPeriod(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<EndTrialPeriodMutation, EndTrialPeriodMutationVariables>;
export const GrantPayProtectionDocument = new TypedDocumentString(`
    mutation GrantPayProtection($input: GrantPayProtectionInput!) {
  grantPayProtection(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<GrantPayProtectionMutation, GrantPayProtectionMutationVariables>;
export const MarkAtRiskDocument = new TypedDocumentString(`
    mutation MarkAtRisk($input: MarkAtRiskInput!) {
  markAtRisk(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<MarkAtRiskMutation, MarkAtRiskMutationVariables>;
export const PlaceInRingFenceDocument = new TypedDocumentString(`
    mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {
  placeInRingFence(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PlaceInRingFenceMutation, PlaceInRingFenceMutationVariables>;
export const RecordRedeploymentDocument = new TypedDocumentString(`
    mutation RecordRedeployment($input: RecordRedeploymentInput!) {
  recordRedeployment(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<RecordRedeploymentMutation, RecordRedeploymentMutationVariables>;
export const RecordSelectionOutcomeDocument = new TypedDocumentString(`
    mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {
  recordSelectionOutcome(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<RecordSelectionOutcomeMutation, RecordSelectionOutcomeMutationVariables>;
export const RecordSlotInDocument = new TypedDocumentString(`
    mutation RecordSlotIn($input: RecordSlotInInput!) {
  recordSlotIn(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<RecordSlotInMutation, RecordSlotInMutationVariables>;
export const ReleaseVacancyDocument = new TypedDocumentString(`
    mutation ReleaseVacancy($input: ReleaseVacancyInput!) {
  releaseVacancy(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<ReleaseVacancyMutation, ReleaseVacancyMutationVariables>;
export const StartTrialPeriodDocument = new TypedDocumentString(`
    mutation StartTrialPeriod($input: StartTrialPeriodInput!) {
  startTrialPeriod(input: $input) {
    postId
    outcome
  }
}
    `) as unknown as TypedDocumentString<StartTrialPeriodMutation, StartTrialPeriodMutationVariables>;
export const TransitionMapDocument = new TypedDocumentString(`
    query TransitionMap($programmeId: ID!, $authorityId: ID!) {
  transitionMap(programmeId: $programmeId) {
    programmeId
    chosenOptionId
    asIs {
      postId
      reference
      title
      serviceId
      grade
      fte
      vacant
      inEstablishment
      outcome
      designPostId
      route
      poolId
      dealId
      redeployment {
        toDescription
        priorityInterview
      }
      trial {
        designPostId
        startDate
        endDate
        extendedByWrittenAgreement
      }
      payProtection {
        protectedGrade
        startDate
        endDate
      }
      history {
        type
        reason
        at
        by
        effectiveDate
        designPostId
      }
    }
    toBe {
      designPostId
      title
      grade
      fte
      filledFte
      unfilledFte
      sources {
        postId
        reference
        fte
        how
      }
    }
    pools {
      id
      name
      postIds
      designPostIds
    }
  }
  posts(authorityId: $authorityId) {
    id
    serviceName
    postholderRef
  }
  fteDeals(programmeId: $programmeId) {
    id
    serviceId
    serviceName
    status
  }
}
    `) as unknown as TypedDocumentString<TransitionMapQuery, TransitionMapQueryVariables>;
export const ProgrammeWorkspaceDocument = new TypedDocumentString(`
    query ProgrammeWorkspace {
  programmes {
    id
    authorityId
    name
    stage
    stageDecision {
      summary
      on
    }
    startedOn
  }
  authorities {
    id
    name
    services {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeWorkspaceQuery, ProgrammeWorkspaceQueryVariables>;
export const AwaitingMeDocument = new TypedDocumentString(`
    query AwaitingMe {
  awaitingMe {
    kind
    title
    programmeId
    entityId
    since
  }
}
    `) as unknown as TypedDocumentString<AwaitingMeQuery, AwaitingMeQueryVariables>;
export const ApplyTemplateDocument = new TypedDocumentString(`
    mutation ApplyTemplate($input: ApplyTemplateInput!) {
  applyTemplate(input: $input) {
    programmeId
    templateId
    activities
    tiers
  }
}
    `) as unknown as TypedDocumentString<ApplyTemplateMutation, ApplyTemplateMutationVariables>;
export const RetireTemplateDocument = new TypedDocumentString(`
    mutation RetireTemplate($input: RetireTemplateInput!) {
  retireTemplate(input: $input) {
    id
    name
    retired
  }
}
    `) as unknown as TypedDocumentString<RetireTemplateMutation, RetireTemplateMutationVariables>;
export const SaveProgrammeAsTemplateDocument = new TypedDocumentString(`
    mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {
  saveProgrammeAsTemplate(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SaveProgrammeAsTemplateMutation, SaveProgrammeAsTemplateMutationVariables>;
export const TemplatesDocument = new TypedDocumentString(`
    query Templates {
  templates {
    id
    name
    description
    retired
    taxonomy {
      key
      parentKey
      name
      contractManagement
    }
    tierBands {
      tier
      minAnnualValuePence
      riskAtLeast
    }
    capacityAssumptions {
      hoursPerContract {
        tier
        hours
      }
      productiveHoursPerFte
    }
  }
}
    `) as unknown as TypedDocumentString<TemplatesQuery, TemplatesQueryVariables>;