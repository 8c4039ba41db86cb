import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType()
export class DecisionHistoryFilter {
  @Field(() => ID, { nullable: true, description: 'The authority whose history to read (or give programmeId)' }) authorityId?: string | null;
  @Field(() => ID, { nullable: true }) programmeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events that concern this entity (deal, post, option, contract…)' }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) eventId?: string | null;
  @Field(() => String, { nullable: true, description: "Stream category, e.g. 'fteDeals'" }) context?: string | null;
  @Field(() => String, { nullable: true }) eventType?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date or date-time, inclusive' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date or date-time, inclusive (a date means the whole day)' }) to?: string | null;
}

@ObjectType()
export class DecisionRecordView {
  @Field(() => ID) eventId: string;
  @Field({ description: 'Store position, usable as an as-at point' }) position: string;
  @Field() streamName: string;
  @Field() revision: string;
  @Field({ description: 'Stream category' }) context: string;
  @Field() eventType: string;
  @Field({ description: 'What happened, in a sentence' }) sentence: string;
  @Field(() => ID) actorId: string;
  @Field() actorName: string;
  @Field() actorRole: string;
  @Field(() => String, { nullable: true, description: 'Who created or invited the account that decided' }) actorInvitedBy: string | null;
  @Field() occurredAt: string;
  @Field() recordedAt: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field({ description: 'The stored event as JSON' }) raw: string;
}

@ObjectType()
export class HistoryActor {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() role: string;
}

@ObjectType()
export class DecisionHistoryPage {
  @Field(() => ID) authorityId: string;
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => [DecisionRecordView], { description: 'Newest first' }) items: DecisionRecordView[];
  @Field(() => [String], { description: 'Contexts present in the whole history, for filters' }) contexts: string[];
  @Field(() => [String]) eventTypes: string[];
  @Field(() => [HistoryActor]) actors: HistoryActor[];
}

@ObjectType()
export class DiffCause {
  @Field(() => ID) eventId: string;
  @Field() sentence: string;
  @Field() occurredAt: string;
  @Field() actorName: string;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class DiffItemView {
  @Field({ description: 'design, deals or funding' }) area: string;
  @Field({ description: 'added, removed or changed' }) change: string;
  @Field() label: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
  @Field(() => [DiffCause]) causedBy: DiffCause[];
}

@ObjectType()
export class ProgrammeDiffView {
  @Field(() => ID) programmeId: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => [DiffItemView]) items: DiffItemView[];
}

@ObjectType()
export class StreamVerdictView {
  @Field() streamName: string;
  @Field(() => Int) events: number;
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true }) revision?: string | null;
}

@ObjectType()
export class CheckpointVerdictView {
  @Field(() => Int) sequence: number;
  @Field() sealedAt: string;
  @Field() upTo: string;
  @Field(() => Int) streams: number;
  @Field(() => Int) events: number;
  @Field() ok: boolean;
  @Field(() => [String]) problems: string[];
}

@ObjectType()
export class BrokenLinkView {
  @Field() streamName: string;
  @Field() revision: string;
  @Field() eventId: string;
  @Field() reason: string;
}

@ObjectType()
export class AuditVerificationView {
  @Field() ok: boolean;
  @Field({ description: 'When the check was made (earlier than now when reused)' }) checkedAt: string;
  @Field({ description: 'True when this is the check already made at the same store head in the last minute, not a new one' }) reused: boolean;
  @Field(() => Int) events: number;
  @Field(() => [StreamVerdictView]) streams: StreamVerdictView[];
  @Field(() => [CheckpointVerdictView]) checkpoints: CheckpointVerdictView[];
  @Field(() => BrokenLinkView, { nullable: true, description: 'The first broken link of any chain' }) firstBroken?: BrokenLinkView | null;
  @Field(() => String, { nullable: true, description: 'Position of the last event the newest valid checkpoint covers' }) sealedUpTo: string | null;
  @Field(() => Int, { description: 'Events recorded after the newest valid checkpoint' }) unsealedEvents: number;
  @Field(() => [String], { description: 'Tenant-wide problems: no checkpoint, a gap in the checkpoint sequence, events left unsealed past the grace window' })
  problems: string[];
}

@ObjectType()
export class AuditKeyView {
  @Field() algorithm: string;
  @Field() keyId: string;
  @Field({ description: 'SPKI PEM; give it to `orgledger verify-export --public-key`' }) publicKeyPem: string;
}

@ObjectType()
export class CheckpointView {
  @Field(() => Int) sequence: number;
  @Field() sealedAt: string;
  @Field() upTo: string;
  @Field(() => Int) streams: number;
  @Field(() => Int) events: number;
  @Field() root: string;
  @Field() keyId: string;
  @Field() signature: string;
}

@ObjectType()
export class AccessLogEntryView {
  @Field(() => Int) id: number;
  @Field() at: string;
  @Field(() => ID) userId: string;
  @Field() userName: string;
  @Field() role: string;
  @Field() operation: string;
  @Field(() => ID, { nullable: true }) authorityId: string | null;
  @Field(() => String, { nullable: true }) authorityName: string | null;
}

@ObjectType()
export class AccessLogPage {
  @Field(() => Int) total: number;
  @Field(() => [AccessLogEntryView]) items: AccessLogEntryView[];
}

@InputType()
export class SealAuditCheckpointInput {
  @Field(() => ID, { nullable: true, description: 'Repeat a request with the same id and it is applied once' }) commandId?: string | null;
  @Field(() => String, { nullable: true, description: 'Why now, e.g. "Before the scrutiny committee of 4 March"; kept with the checkpoint' }) reason?:
    string | null;
}
