import type { CivilDate } from '../shared/values';
import type { ContractFields } from './contract-fields';
import { NOTICE_FOR_TRIGGER, NOTICE_RULES, dueAfterTrigger, withinDaysBeginningWith, type NoticeKind, type NoticeTriggerKind } from './notice-rules';
import { procurementActDuties } from './procurement-act';

export type NoticeTrigger = { triggerId: string; kind: NoticeTriggerKind; occurredOn: CivilDate; description: string };
export type PublishedNotice = { noticeId: string; kind: NoticeKind; triggerId: string | null; publishedOn: CivilDate; reference: string | null };
// What the register holds of one contract's notices: the facts that call for them and those published.
export type ContractNoticeRecord = { triggers: NoticeTrigger[]; published: PublishedNotice[] };
export const emptyNoticeRecord: ContractNoticeRecord = { triggers: [], published: [] };

export const NOTICE_STATES = ['published', 'overdue', 'due'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];
export type NoticeDue = {
  kind: NoticeKind;
  name: string;
  source: string;
  dueDate: CivilDate;
  // Why it is due: the fact, or the contract's own dates.
  because: string;
  triggerId: string | null;
  state: NoticeState;
  publishedOn: CivilDate | null;
  reference: string | null;
};

type Draft = Pick<NoticeDue, 'kind' | 'dueDate' | 'because' | 'triggerId'>;

// Every notice the Act asks of this contract as of `today`, with its deadline and whether it was
// published (overdue from the day after its due date). Only for contracts procured under the Act.
export const contractNoticesDue = (contract: ContractFields, record: ContractNoticeRecord, today: CivilDate): NoticeDue[] => {
  const duties = procurementActDuties(contract, today);
  if (duties.regime !== 'procurement_act_2023') return [];
  const lightTouch = contract.exempt === 'light_touch';
  // The register keeps no separate date of entry into the contract: its start date stands for it.
  const entered = contract.startDate;
  const drafts: Draft[] = [
    {
      kind: 'contract_details',
      dueDate: withinDaysBeginningWith(entered, lightTouch ? 120 : 30),
      because: `Contract entered into (start ${entered})`,
      triggerId: null,
    },
  ];
  if (contract.wholeLifeValuePence > 500_000_000) {
    drafts.push({
      kind: 'contract_document',
      dueDate: withinDaysBeginningWith(entered, lightTouch ? 180 : 90),
      because: `Contract over £5m entered into (start ${entered})`,
      triggerId: null,
    });
  }
  for (const n of duties.performanceNotices) {
    drafts.push({
      kind: 'performance_kpi',
      dueDate: n.dueDate,
      because: n.kind === 'end' ? 'End of the contract' : 'Twelve months since the last assessment',
      triggerId: null,
    });
  }
  for (const t of record.triggers) {
    drafts.push({
      kind: NOTICE_FOR_TRIGGER[t.kind],
      dueDate: dueAfterTrigger(t.kind, t.occurredOn),
      because: `${t.description} (${t.occurredOn})`,
      triggerId: t.triggerId,
    });
  }
  // However a contract ends, a termination notice follows; expiry at its end date unless ended earlier.
  if (!record.triggers.some((t) => t.kind === 'termination')) {
    drafts.push({
      kind: 'termination',
      dueDate: withinDaysBeginningWith(contract.endDate, 30),
      because: `Contract expires (${contract.endDate})`,
      triggerId: null,
    });
  }
  // A published notice answers the notice of its trigger, or else the earliest one of its kind.
  const unused = [...record.published];
  const take = (d: Draft) => {
    const i = unused.findIndex((p) => p.kind === d.kind && (d.triggerId ? p.triggerId === d.triggerId : p.triggerId === null || d.kind === 'termination'));
    return i < 0 ? null : unused.splice(i, 1)[0];
  };
  return drafts
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((d) => {
      const published = take(d);
      const state: NoticeState = published ? 'published' : d.dueDate < today ? 'overdue' : 'due';
      const rule = NOTICE_RULES[d.kind];
      return { ...d, name: rule.name, source: rule.source, state, publishedOn: published?.publishedOn ?? null, reference: published?.reference ?? null };
    });
};
