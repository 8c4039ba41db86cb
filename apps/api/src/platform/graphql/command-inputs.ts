import type { Type } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

// The fields every mutation input starts from. Abstract: they appear only inside each input.
@InputType({ isAbstract: true })
export class CommandInput {
  @Field(() => ID, { nullable: true, description: 'Repeat a request with the same id and it is applied once' })
  commandId?: string;
  @Field({ nullable: true, description: 'Why, in the words of the person deciding; kept in the history' })
  reason?: string;
}

@InputType({ isAbstract: true })
export class ProgrammeCommandInput extends CommandInput {
  @Field(() => ID) programmeId: string;
}

@InputType({ isAbstract: true })
export class AuthorityCommandInput extends CommandInput {
  @Field(() => ID) authorityId: string;
}

// A decision whose reason is required, not optional as in CommandInput: auditors read it.
@InputType({ isAbstract: true })
export class ProgrammeDecisionInput {
  @Field(() => ID, { nullable: true, description: 'Repeat a request with the same id and it is applied once' }) commandId?: string;
  @Field({ description: 'Why, in the words of the person deciding; kept in the history' }) reason: string;
  @Field(() => ID) programmeId: string;
}

// Adds the optimistic-concurrency revision to any input base: the screen sends back what it showed.
export const WithExpectedRevision = <B extends Type<object>>(Base: B) => {
  @InputType({ isAbstract: true })
  class Revisioned extends Base {
    @Field(() => Int, { nullable: true, description: 'The revision the user saw; a different current revision is a CONFLICT' })
    expectedRevision?: number;
  }
  return Revisioned;
};

// A spreadsheet sent inline with an import command.
@InputType({ isAbstract: true })
export class SheetFileInput {
  @Field({ description: 'The file name, ending .xlsx or .csv' }) fileName: string;
  @Field({ description: 'The file, base64-encoded (at most 7 MB)' }) contentBase64: string;
}
