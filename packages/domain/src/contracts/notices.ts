import { conflict, invalid, notFound } from './errors';
import { civilDateOf, requireCivilDate, requireId, requireText } from '../shared/values';
import type { RecordContractNoticePublished, RecordContractNoticeTrigger } from './commands';
import type { ContractFields } from './contract-fields';
import type { ContractRegisterEvent } from './events';
import { NOTICE_FOR_TRIGGER, NOTICE_KINDS, NOTICE_TRIGGER_KINDS, type NoticeKind, type NoticeTriggerKind } from './notice-rules';
import { contractRegimeOf, REGIME_NAME } from './procurement-regime';
import { noticeRecordOf, type ContractRegisterState } from './state';

export const MAX_NOTICE_DESCRIPTION = 2000;
export const MAX_NOTICE_REFERENCE = 200;

const contractUnderTheAct = (state: ContractRegisterState, contractId: string): ContractFields => {
  const contract = state.contracts[requireId('contractId', contractId)];
  if (!contract) throw notFound('CONTRACT_NOT_FOUND', 'This contract is not in the register.', { contractId });
  const { regime } = contractRegimeOf(contract);
  if (regime !== 'procurement_act_2023') {
    const under = regime === 'not_recorded' ? 'has no regime recorded' : `is under ${REGIME_NAME[regime]}`;
    throw invalid(
      'NOTICES_NOT_UNDER_THE_ACT',
      `${contract.reference} ${under}: the Procurement Act 2023 notices apply only to contracts procured under the Act. Record when its procurement began first.`,
      { field: 'contractId' },
    );
  }
  return contract;
};

const oneOf = <T extends string>(field: string, values: readonly T[], value: unknown): T => {
  if (values.includes(value as T)) return value as T;
  throw invalid('INVALID_NOTICE_KIND', `${field === 'kind' ? 'Kind' : field} must be one of ${values.join(', ')}; got ${JSON.stringify(value)}.`, { field });
};

const requireNotAfterToday = (field: string, date: string, now: string, what: string) => {
  const today = civilDateOf(now);
  if (date > today) throw invalid('NOTICE_DATE_IN_FUTURE', `${what} ${date} is after today (${today}): record it once it has happened.`, { field });
};

// A breach, failure to improve or termination is recorded once it has happened; a modification
// may be recorded ahead, since its change notice is due before it takes effect.
export const recordNoticeTrigger = ({ data, metadata }: RecordContractNoticeTrigger, state: ContractRegisterState): ContractRegisterEvent[] => {
  const contract = contractUnderTheAct(state, data.contractId);
  const triggerId = requireId('triggerId', data.triggerId);
  const kind: NoticeTriggerKind = oneOf('kind', NOTICE_TRIGGER_KINDS, data.kind);
  const occurredOn = requireCivilDate('occurredOn', data.occurredOn);
  if (kind !== 'modification') requireNotAfterToday('occurredOn', occurredOn, metadata.now, 'The date');
  const description = requireText('description', data.description, { max: MAX_NOTICE_DESCRIPTION });
  const record = noticeRecordOf(state, contract.contractId);
  if (record.triggers.some((t) => t.triggerId === triggerId)) throw conflict('NOTICE_ALREADY_RECORDED', 'This fact has already been recorded.', { triggerId });
  if (kind === 'termination' && record.triggers.some((t) => t.kind === 'termination')) {
    throw conflict('NOTICE_ALREADY_RECORDED', `The termination of ${contract.reference} has already been recorded.`, { field: 'kind' });
  }
  return [{ type: 'ContractNoticeTriggerRecorded', data: { contractId: contract.contractId, triggerId, kind, occurredOn, description } }];
};

// A breach or change notice answers the fact it was published for; the others stand on the contract.
export const recordNoticePublished = ({ data, metadata }: RecordContractNoticePublished, state: ContractRegisterState): ContractRegisterEvent[] => {
  const contract = contractUnderTheAct(state, data.contractId);
  const noticeId = requireId('noticeId', data.noticeId);
  const kind: NoticeKind = oneOf('kind', NOTICE_KINDS, data.kind);
  const publishedOn = requireCivilDate('publishedOn', data.publishedOn);
  requireNotAfterToday('publishedOn', publishedOn, metadata.now, 'The publication date');
  const reference =
    data.reference == null || String(data.reference).trim() === '' ? null : requireText('reference', data.reference, { max: MAX_NOTICE_REFERENCE });
  const record = noticeRecordOf(state, contract.contractId);
  const triggerId = data.triggerId ? requireId('triggerId', data.triggerId) : null;
  const trigger = triggerId ? record.triggers.find((t) => t.triggerId === triggerId) : undefined;
  if (triggerId && (!trigger || NOTICE_FOR_TRIGGER[trigger.kind] !== kind)) {
    throw notFound('NOTICE_TRIGGER_NOT_FOUND', 'No recorded fact of this contract calls for this kind of notice: choose the one it answers.', {
      field: 'triggerId',
    });
  }
  if (!trigger && (kind === 'performance_breach' || kind === 'change')) {
    throw invalid('NOTICE_TRIGGER_REQUIRED', 'Say which breach, failure to improve or modification this notice answers: record that first.', {
      field: 'triggerId',
    });
  }
  const once = kind === 'contract_details' || kind === 'contract_document' || kind === 'termination' || trigger;
  if (record.published.some((p) => p.noticeId === noticeId) || (once && record.published.some((p) => p.kind === kind && p.triggerId === triggerId))) {
    throw conflict('NOTICE_ALREADY_RECORDED', 'This notice has already been recorded as published.', { field: 'kind' });
  }
  return [{ type: 'ContractNoticePublished', data: { contractId: contract.contractId, noticeId, kind, triggerId, publishedOn, reference } }];
};
