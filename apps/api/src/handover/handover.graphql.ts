import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { HANDOVER_STATUSES, recruitmentStages, VACANCY_STATUSES, type HandoverStatus, type RecruitmentStage, type VacancyStatus } from '@orgledger/domain';
import { enumOf, ProgrammeCommandInput } from '../platform/graphql';

export const RecruitmentStageEnum = enumOf('RecruitmentStage', recruitmentStages);
export const HandoverStatusEnum = enumOf('HandoverStatus', HANDOVER_STATUSES, {
  description: 'Where the recruitment plan stands between the consultancy and the interim service manager',
});
export const VacancyStatusEnum = enumOf('VacancyStatus', VACANCY_STATUSES);

@ObjectType()
export class StageReplanView {
  @Field() previousTargetDate: string;
  @Field() targetDate: string;
  @Field() reason: string;
}

@ObjectType()
export class RecruitmentStageView {
  @Field(() => RecruitmentStageEnum) stage: RecruitmentStage;
  @Field() label: string;
  @Field() targetDate: string;
  @Field(() => String, { nullable: true }) completedOn: string | null;
  @Field({ description: 'The target date has passed and the stage is not completed' }) overdue: boolean;
  @Field(() => [StageReplanView]) replans: StageReplanView[];
}

@ObjectType()
export class RecruitmentVacancyView {
  @Field(() => ID, { description: 'The to-be post recruited to' }) vacancyId: string;
  @Field() title: string;
  @Field(() => Int) grade: number;
  @Field(() => Int, { description: 'FTE to recruit, in thousandths' }) fte: number;
  @Field({ description: 'The recruiting manager' }) owner: string;
  @Field(() => VacancyStatusEnum) status: VacancyStatus;
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => [RecruitmentStageView]) stages: RecruitmentStageView[];
}

@ObjectType({ description: 'A to-be post with FTE left after slot-ins, ring-fence appointments and redeployments' })
export class OpenVacancyView {
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => Int) grade: number;
  @Field(() => Int) fte: number;
}

@ObjectType()
export class PlanReturnView {
  @Field() reasons: string;
  @Field() returnedOn: string;
}

@ObjectType()
export class HandoverPersonView {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
}

@ObjectType()
export class HandoverHistoryEntry {
  @Field() type: string;
  @Field() at: string;
  @Field() by: string;
  @Field() summary: string;
}

@ObjectType()
export class RecruitmentGateView {
  @Field() open: boolean;
  @Field() reason: string;
}

@ObjectType({ description: 'The recruitment and on-boarding plan of a programme, and its handover to the interim service manager' })
export class RecruitmentPlanView {
  @Field(() => ID) programmeId: string;
  @Field(() => HandoverStatusEnum) status: HandoverStatus;
  @Field(() => HandoverPersonView, { nullable: true, description: 'The interim service manager it was handed to' }) ism: HandoverPersonView | null;
  @Field(() => String, { nullable: true }) handedOverOn: string | null;
  @Field(() => String, { nullable: true }) acceptedOn: string | null;
  @Field(() => [PlanReturnView]) returns: PlanReturnView[];
  @Field(() => [RecruitmentVacancyView]) vacancies: RecruitmentVacancyView[];
  @Field(() => [OpenVacancyView], { description: 'What the chosen structure leaves to recruit now' }) openVacancies: OpenVacancyView[];
  @Field(() => [HandoverPersonView], { description: "The council's interim service managers, for the consultancy to hand over to" })
  interimServiceManagers: HandoverPersonView[];
  @Field({ description: 'The signed-in user may draft and hand over the plan' }) canEdit: boolean;
  @Field({ description: 'The signed-in user may accept or return the plan' }) canAnswer: boolean;
  @Field({ description: 'The signed-in user owns the plan and records its progress' }) canRecordProgress: boolean;
  @Field(() => RecruitmentGateView, { description: 'Recruitment starts only once the Design Authority gate is open' }) gate: RecruitmentGateView;
  @Field(() => [HandoverHistoryEntry]) history: HandoverHistoryEntry[];
}

@InputType()
export class PlannedStageInput {
  @Field(() => RecruitmentStageEnum) stage: RecruitmentStage;
  @Field() targetDate: string;
}

@InputType()
export class VacancyPlanInput {
  @Field(() => ID) designPostId: string;
  @Field() owner: string;
  @Field(() => [PlannedStageInput]) stages: PlannedStageInput[];
}

@InputType()
export class DraftRecruitmentPlanInput extends ProgrammeCommandInput {
  @Field(() => [VacancyPlanInput]) vacancies: VacancyPlanInput[];
}

@InputType()
export class HandOverRecruitmentPlanInput extends ProgrammeCommandInput {
  @Field(() => ID) ismUserId: string;
}

@InputType()
export class AcceptRecruitmentPlanInput extends ProgrammeCommandInput {}

@InputType()
export class ReturnRecruitmentPlanInput extends ProgrammeCommandInput {
  @Field() reasons: string;
}

@InputType()
export class RecordRecruitmentStageCompletedInput extends ProgrammeCommandInput {
  @Field(() => ID) vacancyId: string;
  @Field(() => RecruitmentStageEnum) stage: RecruitmentStage;
  @Field() completedOn: string;
}

@InputType()
export class ReplanRecruitmentStageInput extends ProgrammeCommandInput {
  @Field(() => ID) vacancyId: string;
  @Field(() => RecruitmentStageEnum) stage: RecruitmentStage;
  @Field() targetDate: string;
}

@InputType()
export class RecordVacancyFilledInput extends ProgrammeCommandInput {
  @Field(() => ID) vacancyId: string;
  @Field() startDate: string;
}
