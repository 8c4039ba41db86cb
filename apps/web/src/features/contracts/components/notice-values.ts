import type { ContractNoticeKind, ContractNoticeState, ContractNoticeTriggerKind } from '../../../gql/graphql';
import { datePartsOf, readDateParts, type DateParts } from '../../../lib/civil-date';

export const noticeStateLabels: Record<ContractNoticeState, string> = { PUBLISHED: 'Published', DUE: 'Due', OVERDUE: 'Overdue' };
export const triggerKindLabels: Record<ContractNoticeTriggerKind, string> = {
  BREACH: 'Breach leading to termination, damages or a settlement',
  FAILURE_TO_IMPROVE: 'Failure to improve after notice',
  MODIFICATION: 'Modification of the contract',
  TERMINATION: 'Termination (however the contract ends)',
};
export const triggerKindOrder: ContractNoticeTriggerKind[] = ['BREACH', 'FAILURE_TO_IMPROVE', 'MODIFICATION', 'TERMINATION'];
export const noticeKindLabels: Record<ContractNoticeKind, string> = {
  CONTRACT_DETAILS: 'Contract details notice',
  CONTRACT_DOCUMENT: 'Publication of the contract (over £5m)',
  PERFORMANCE_KPI: 'Contract performance notice (KPIs)',
  PERFORMANCE_BREACH: 'Contract performance notice (breach or failure to improve)',
  CHANGE: 'Contract change notice',
  TERMINATION: 'Contract termination notice',
};
export const noticeKindOrder: ContractNoticeKind[] = [
  'CONTRACT_DETAILS',
  'CONTRACT_DOCUMENT',
  'PERFORMANCE_KPI',
  'PERFORMANCE_BREACH',
  'CHANGE',
  'TERMINATION',
];

export type TriggerValues = { kind: ContractNoticeTriggerKind | ''; occurredOn: DateParts; description: string };
export type TriggerField = keyof TriggerValues;
export const emptyTrigger: TriggerValues = { kind: '', occurredOn: datePartsOf(null), description: '' };

export function readTriggerForm(values: TriggerValues) {
  const errors: Partial<Record<TriggerField, string>> = {};
  if (!values.kind) errors.kind = 'Choose what happened';
  const on = readDateParts(values.occurredOn, 'the date it happened');
  if (!on.ok) errors.occurredOn = on.error;
  const description = values.description.trim();
  if (!description) errors.description = 'Say what happened';
  else if ([...description].length > 2000) errors.description = 'The description must be 2,000 characters or fewer';
  if (!values.kind || !on.ok || Object.keys(errors).length > 0) return { errors };
  return { fields: { kind: values.kind, occurredOn: on.value, description } };
}

export type PublishedValues = { kind: ContractNoticeKind | ''; triggerId: string; publishedOn: DateParts; reference: string };
export type PublishedField = keyof PublishedValues;
export const emptyPublished: PublishedValues = { kind: '', triggerId: '', publishedOn: datePartsOf(null), reference: '' };

// Breach and change notices answer a recorded fact; the others stand on the contract.
export const needsTrigger = (kind: ContractNoticeKind | '') => kind === 'PERFORMANCE_BREACH' || kind === 'CHANGE';

export function readPublishedForm(values: PublishedValues) {
  const errors: Partial<Record<PublishedField, string>> = {};
  if (!values.kind) errors.kind = 'Choose the notice published';
  if (needsTrigger(values.kind) && !values.triggerId) errors.triggerId = 'Choose the breach or modification this notice answers';
  const on = readDateParts(values.publishedOn, 'the publication date');
  if (!on.ok) errors.publishedOn = on.error;
  const reference = values.reference.trim();
  if ([...reference].length > 200) errors.reference = 'The reference must be 200 characters or fewer';
  if (!values.kind || !on.ok || Object.keys(errors).length > 0) return { errors };
  return { fields: { kind: values.kind, triggerId: values.triggerId || null, publishedOn: on.value, reference: reference || null } };
}

// The API names the field it refused in `details.field`.
export const triggerApiFields = { kind: 'kind', occurredOn: 'occurredOn', description: 'description' } as const;
export const publishedApiFields = { kind: 'kind', triggerId: 'triggerId', publishedOn: 'publishedOn', reference: 'reference' } as const;
