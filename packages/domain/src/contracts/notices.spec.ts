import { deciderSpec, meta } from '../testing';
import type { RecordContractNoticePublished, RecordContractNoticeTrigger } from './commands';
import { contractRegisterDecider } from './contract-register-decider';
import type { ContractAdded, ContractNoticePublished, ContractNoticeTriggerRecorded } from './events';
import { gritting, homeCare } from './spec-fixtures';

const spec = deciderSpec(contractRegisterDecider);
const now = '2026-12-08T10:00:00.000Z';
const triggerId = '0190a000-0000-7000-8000-00000000c301';
const noticeId = '0190a000-0000-7000-8000-00000000c302';
const added: ContractAdded = { type: 'ContractAdded', data: homeCare }; // procured 2025-03-03: under the Act
const pcr: ContractAdded = { type: 'ContractAdded', data: { ...gritting, procurementStartedOn: '2024-05-01' } };
const trigger = (data: Partial<RecordContractNoticeTrigger['data']> = {}): RecordContractNoticeTrigger => ({
  type: 'RecordContractNoticeTrigger',
  data: { contractId: homeCare.contractId, triggerId, kind: 'breach', occurredOn: '2026-11-20', description: ' Settlement for missed visits ', ...data },
  metadata: meta({ now }),
});
const publish = (data: Partial<RecordContractNoticePublished['data']> = {}): RecordContractNoticePublished => ({
  type: 'RecordContractNoticePublished',
  data: { contractId: homeCare.contractId, noticeId, kind: 'performance_breach', triggerId, publishedOn: '2026-12-08', reference: 'CDP-1', ...data },
  metadata: meta({ now }),
});
const recorded: ContractNoticeTriggerRecorded = {
  type: 'ContractNoticeTriggerRecorded',
  data: { contractId: homeCare.contractId, triggerId, kind: 'breach', occurredOn: '2026-11-20', description: 'Settlement for missed visits' },
};
const published: ContractNoticePublished = {
  type: 'ContractNoticePublished',
  data: { contractId: homeCare.contractId, noticeId, kind: 'performance_breach', triggerId, publishedOn: '2026-12-08', reference: 'CDP-1' },
};

describe('given a contract procured under the Act', () => {
  it('records a breach with its date and description, then the notice published for it', () => {
    spec.given([added]).when(trigger()).then([recorded]);
    spec.given([added, recorded]).when(publish()).then([published]);
  });

  it('records a modification ahead of the day it takes effect, but no breach or publication dated after today', () => {
    spec
      .given([added])
      .when(trigger({ kind: 'modification', occurredOn: '2027-01-10', description: 'Add evening visits' }))
      .then([{ ...recorded, data: { ...recorded.data, kind: 'modification', occurredOn: '2027-01-10', description: 'Add evening visits' } }]);
    spec
      .given([added])
      .when(trigger({ occurredOn: '2026-12-09' }))
      .thenThrows('NOTICE_DATE_IN_FUTURE');
    spec
      .given([added])
      .when(trigger({ occurredOn: '2026-12-08' }))
      .then([{ ...recorded, data: { ...recorded.data, occurredOn: '2026-12-08' } }]);
    spec
      .given([added, recorded])
      .when(publish({ publishedOn: '2026-12-09' }))
      .thenThrows('NOTICE_DATE_IN_FUTURE');
  });

  it('requires the fact a breach or change notice answers, of the matching kind', () => {
    spec
      .given([added])
      .when(publish({ triggerId: null }))
      .thenThrows('NOTICE_TRIGGER_REQUIRED');
    spec
      .given([added, recorded])
      .when(publish({ kind: 'change' }))
      .thenThrows('NOTICE_TRIGGER_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([added])
      .when(publish({ kind: 'contract_details', triggerId: null }))
      .then([{ ...published, data: { ...published.data, kind: 'contract_details', triggerId: null } }]);
  });

  it('records each notice once, and a termination once', () => {
    spec
      .given([added, recorded, published])
      .when(publish({ noticeId: '0190a000-0000-7000-8000-00000000c399' }))
      .thenThrows('NOTICE_ALREADY_RECORDED', 'CONFLICT');
    spec.given([added, recorded]).when(trigger()).thenThrows('NOTICE_ALREADY_RECORDED', 'CONFLICT');
    const ended = { ...recorded, data: { ...recorded.data, kind: 'termination' as const } };
    spec
      .given([added, ended])
      .when(trigger({ triggerId: '0190a000-0000-7000-8000-00000000c398', kind: 'termination' }))
      .thenThrows('NOTICE_ALREADY_RECORDED', 'CONFLICT');
  });

  it('refuses an unknown kind, an empty description and an unknown contract', () => {
    spec
      .given([added])
      .when(trigger({ kind: 'audit' as never }))
      .thenThrows('INVALID_NOTICE_KIND');
    spec
      .given([added])
      .when(trigger({ description: '  ' }))
      .thenThrows('TEXT_REQUIRED');
    spec.given([]).when(trigger()).thenThrows('CONTRACT_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('given a contract not procured under the Act', () => {
  it('refuses its notices: under PCR 2015, or with no regime recorded', () => {
    spec
      .given([pcr])
      .when(trigger({ contractId: gritting.contractId }))
      .thenThrows('NOTICES_NOT_UNDER_THE_ACT');
    spec
      .given([{ type: 'ContractAdded', data: gritting }])
      .when(trigger({ contractId: gritting.contractId }))
      .thenThrows('NOTICES_NOT_UNDER_THE_ACT');
  });
});
