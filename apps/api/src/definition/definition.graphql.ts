import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeCommandInput } from '../platform/graphql';

@ObjectType()
export class DefinitionAgreement {
  @Field() stakeholderName: string;
  @Field({ description: 'Their role, such as Head of Procurement' }) stakeholderRole: string;
}

@ObjectType()
export class DefinitionVersion {
  @Field(() => Int) version: number;
  @Field() text: string;
  @Field(() => [DefinitionAgreement], { description: 'Who agreed this version, in the order they agreed' }) agreements: DefinitionAgreement[];
}

@ObjectType()
export class ContractManagementDefinition {
  @Field(() => ID) programmeId: string;
  @Field(() => Int, { nullable: true, description: 'The current version; null until a definition is drafted' }) version: number | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => [DefinitionAgreement], { description: 'Agreements to the current version' }) agreements: DefinitionAgreement[];
  @Field(() => [DefinitionVersion], { description: 'Every drafted version, oldest first' }) versions: DefinitionVersion[];
}

@InputType()
export class DraftContractManagementDefinitionInput extends ProgrammeCommandInput {
  @Field({ description: 'The definition’s words; saving the same words again is not a new version' }) text: string;
}

@InputType()
export class RecordDefinitionAgreementInput extends ProgrammeCommandInput {
  @Field(() => Int, { description: 'The version agreed; only the current version can be agreed' }) version: number;
  @Field() stakeholderName: string;
  @Field() stakeholderRole: string;
}
