import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { EVALUATION_STATUSES, JD_STATUSES, JOB_EVALUATION_SCHEMES, type EvaluationStatus, type JdStatus, type JobEvaluationScheme } from '@orgledger/domain';
import { AuthorityCommandInput, enumOf, inputOf, ProgrammeCommandInput } from '../platform/graphql';

export const JobEvaluationSchemeEnum = enumOf('JobEvaluationScheme', JOB_EVALUATION_SCHEMES);
export const JdStatusEnum = enumOf('JobDescriptionStatus', JD_STATUSES);
export const EvaluationStatusEnum = enumOf('JobEvaluationStatus', EVALUATION_STATUSES);

@ObjectType()
export class GradeBandView {
  @Field() grade: string;
  @Field(() => Int) minScp: number;
  @Field(() => Int) maxScp: number;
}

@ObjectType()
export class GradeStructureView {
  @Field() effectiveFrom: string;
  @Field(() => [GradeBandView], { description: 'Lowest first' }) grades: GradeBandView[];
}

@ObjectType()
export class JobDescriptionView {
  @Field(() => Int) version: number;
  @Field(() => JdStatusEnum) status: JdStatus;
  @Field() purpose: string;
  @Field(() => [String]) accountabilities: string[];
  @Field(() => [String]) essentialCriteria: string[];
  @Field(() => [String]) desirableCriteria: string[];
  @Field(() => [String], { description: 'What HR asked to change in this version' }) changeNotes: string[];
}

@ObjectType()
export class JobEvaluationView {
  @Field(() => Int) jdVersion: number;
  @Field(() => JobEvaluationSchemeEnum) scheme: JobEvaluationScheme;
  @Field(() => Int) score: number;
  @Field() panelDate: string;
  @Field() moderated: boolean;
  @Field() grade: string;
  @Field(() => Int) minScp: number;
  @Field(() => Int) maxScp: number;
  @Field() gradeStructureEffectiveFrom: string;
  @Field() approved: boolean;
}

@ObjectType({ description: 'A post of the chosen design option: its JD, job evaluation and grade' })
export class PostGradingView {
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => Int, { description: 'The grade number in the design (indicative until evaluated)' }) designGrade: number;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field(() => JdStatusEnum) jdStatus: JdStatus;
  @Field(() => JobDescriptionView, { nullable: true, description: 'The latest version' }) jobDescription: JobDescriptionView | null;
  @Field(() => EvaluationStatusEnum) evaluationStatus: EvaluationStatus;
  @Field(() => JobEvaluationView, { nullable: true }) evaluation: JobEvaluationView | null;
  @Field(() => String, { nullable: true, description: 'From an approved evaluation of the latest JD' }) grade: string | null;
  @Field() canBeCostedAsFinal: boolean;
  @Field(() => String, { nullable: true }) nextStep: string | null;
}

@InputType()
export class GradeBandInput extends inputOf(GradeBandView) {}

@InputType()
export class SetGradeStructureInput extends AuthorityCommandInput {
  @Field() effectiveFrom: string;
  @Field(() => [GradeBandInput], { description: 'Lowest first' }) grades: GradeBandInput[];
}

@InputType({ isAbstract: true })
export class DesignPostCommandInput extends ProgrammeCommandInput {
  @Field(() => ID) designPostId: string;
}

@InputType()
export class DraftJobDescriptionInput extends DesignPostCommandInput {
  @Field() purpose: string;
  @Field(() => [String]) accountabilities: string[];
  @Field(() => [String]) essentialCriteria: string[];
  @Field(() => [String], { nullable: true }) desirableCriteria?: string[];
}

@InputType()
export class ApproveJobDescriptionInput extends DesignPostCommandInput {
  @Field(() => Int, { description: 'The version the HR partner read' }) version: number;
}

@InputType()
export class RequestJobDescriptionChangesInput extends DesignPostCommandInput {
  @Field(() => Int) version: number;
  @Field() note: string;
}

@InputType()
export class RecordJobEvaluationInput extends DesignPostCommandInput {
  @Field(() => JobEvaluationSchemeEnum) scheme: JobEvaluationScheme;
  @Field(() => Int) score: number;
  @Field() panelDate: string;
  @Field() moderated: boolean;
  @Field({ description: "A grade of the council's structure in force on the panel date" }) resultingGrade: string;
}

@InputType()
export class ApproveJobEvaluationInput extends DesignPostCommandInput {}
