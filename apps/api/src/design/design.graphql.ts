import { Field, ID, InputType, Int, IntersectionType, ObjectType, OmitType } from '@nestjs/graphql';
import { DESIGN_CHECK_RULES, type DesignCheckRule } from '@orgledger/domain';
import { ALLOWANCE_TYPES, HOLDER_AGE_BANDS, type AllowanceType, type HolderAgeBand } from '@orgledger/reference-data';
import { enumOf, inputOf, PenceScalar, ProgrammeCommandInput, ProgrammeDecisionInput, WithExpectedRevision } from '../platform/graphql';

export const DesignCheckRuleEnum = enumOf('DesignCheckRule', DESIGN_CHECK_RULES);
export const HolderAgeBandEnum = enumOf('HolderAgeBand', HOLDER_AGE_BANDS, {
  description: "The postholder's age band, enough to decide the employer NI reliefs",
});
export const AllowanceTypeEnum = enumOf('AllowanceType', ALLOWANCE_TYPES, {
  description: 'An allowance by type: each is LGPS-pensionable or not by the LGPS Regulations 2013 reg. 20',
});

@ObjectType()
export class DesignPostAllowance {
  @Field(() => AllowanceTypeEnum) type: AllowanceType;
  @Field(() => PenceScalar, { description: 'A year, for the whole post' }) pencePerYear: number;
}

@ObjectType()
export class DesignPost {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Int, { description: 'The council’s numbered grade (1–20)' }) grade: number;
  @Field(() => Int, { description: 'FTE in thousandths (0.6 FTE = 600)' }) fte: number;
  @Field(() => ID, { nullable: true, description: 'The post this one reports to; null for a head' }) reportsTo: string | null;
  @Field(() => [String]) responsibilities: string[];
  @Field(() => String, { nullable: true }) jdReference: string | null;
  @Field(() => PenceScalar, { description: 'Indicative annual cost until Finance has done the full costing' }) indicativeCostPence: number;
  @Field({ description: 'An apprenticeship post (employer NI relief for an apprentice under 25)' }) apprenticeship: boolean;
  @Field(() => HolderAgeBandEnum, { nullable: true, description: "The holder's age band; null when not known" }) holderAgeBand: HolderAgeBand | null;
  @Field(() => [DesignPostAllowance]) allowances: DesignPostAllowance[];
}

@ObjectType({ description: 'One post of the org chart, in chart order (each manager before its reports)' })
export class OrgChartEntry {
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => Int) grade: number;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field(() => ID, { nullable: true }) reportsTo: string | null;
  @Field(() => Int, { description: '1 for a head, 2 for its reports, and so on' }) layer: number;
  @Field(() => Int) directReports: number;
}

@ObjectType()
export class DesignCheck {
  @Field(() => DesignCheckRuleEnum) rule: DesignCheckRule;
  @Field() message: string;
  @Field(() => ID, { nullable: true, description: 'The post the check is about; null for the option as a whole' }) designPostId: string | null;
}

@ObjectType()
export class DesignTotals {
  @Field(() => Int) posts: number;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field(() => PenceScalar) indicativeCostPence: number;
}

@ObjectType()
export class DesignOption {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field() chosen: boolean;
  @Field(() => [DesignPost], { description: 'In the order they were added' }) posts: DesignPost[];
  @Field(() => [OrgChartEntry]) orgChart: OrgChartEntry[];
  @Field(() => Int) layers: number;
  @Field(() => [DesignCheck], { description: 'Span-of-control and layering checks; advisory, never blocking' }) checks: DesignCheck[];
  @Field(() => DesignTotals) totals: DesignTotals;
}

@ObjectType()
export class FunctionDesign {
  @Field(() => ID) programmeId: string;
  @Field(() => [DesignOption], { description: 'In the order they were drafted' }) options: DesignOption[];
  @Field(() => ID, { nullable: true }) chosenOptionId: string | null;
  @Field(() => String, { nullable: true }) chosenReason: string | null;
  @Field(() => String, { nullable: true, description: 'The day the function starts (YYYY-MM-DD); costs and funding run from it' }) goLiveDate: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Revision of the design as shown (null before the first option); send it back as expectedRevision to detect concurrent changes',
  })
  revision: number | null;
}

@ObjectType()
export class DesignChange {
  @Field(() => ID) optionId: string;
  @Field(() => ID, { nullable: true, description: 'The post added, revised or removed' }) designPostId: string | null;
  @Field(() => FunctionDesign) design: FunctionDesign;
}

@InputType({ isAbstract: true })
export class DesignCommandInput extends WithExpectedRevision(ProgrammeCommandInput) {}

@InputType()
export class DraftDesignOptionInput extends DesignCommandInput {
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => ID, { nullable: true, description: 'Start from a copy of this option’s posts' }) copyFromOptionId?: string;
}

@InputType()
export class RenameDesignOptionInput extends DesignCommandInput {
  @Field(() => ID) optionId: string;
  @Field() name: string;
  @Field({ nullable: true, description: 'Left as it is when omitted' }) description?: string;
}

@InputType()
export class DesignPostAllowanceInput extends inputOf(DesignPostAllowance) {}

// A post as the designer enters it: the post as shown, less its id; apprenticeship, age band and
// allowances may be left out (not an apprenticeship, age band unknown, no allowances).
@InputType({ isAbstract: true })
export class DesignPostFieldsInput extends IntersectionType(
  DesignCommandInput,
  OmitType(DesignPost, ['id', 'apprenticeship', 'holderAgeBand', 'allowances'] as const, InputType),
) {
  @Field(() => ID) optionId: string;
  @Field({ nullable: true }) apprenticeship?: boolean;
  @Field(() => HolderAgeBandEnum, { nullable: true }) holderAgeBand?: HolderAgeBand | null;
  @Field(() => [DesignPostAllowanceInput], { nullable: true }) allowances?: DesignPostAllowanceInput[];
}

@InputType()
export class AddDesignPostInput extends DesignPostFieldsInput {}

@InputType()
export class ReviseDesignPostInput extends DesignPostFieldsInput {
  @Field(() => ID) designPostId: string;
}

@InputType()
export class RemoveDesignPostInput extends DesignCommandInput {
  @Field(() => ID) optionId: string;
  @Field(() => ID) designPostId: string;
}

@InputType()
export class SetFunctionGoLiveDateInput extends ProgrammeDecisionInput {
  @Field({ description: 'YYYY-MM-DD' }) goLiveDate: string;
}

@InputType()
export class ChooseDesignOptionInput extends WithExpectedRevision(ProgrammeDecisionInput) {
  @Field(() => ID) optionId: string;
}
