// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, money, quoted } from '../shared/describing';
import { contractRegisterErrorKinds } from './errors';
import { contractRegisterUpcasters } from './upcasters';
import { NOTICE_RULES, type NoticeKind } from './notice-rules';

export const context = defineContext({
  upcasters: contractRegisterUpcasters,
  errorKinds: contractRegisterErrorKinds,
  describers: {
    ContractAdded: (e, l) =>
      `${who(e, l)} added the contract ${e.data.reference} ${quoted(e.data.title)} with ${e.data.supplier}, ${money(e.data.annualValuePence)} a year`,
    ContractUpdated: (e, l) => `${who(e, l)} updated the contract ${e.data.reference} ${quoted(e.data.title)}`,
    ContractRemoved: (e, l) => `${who(e, l)} removed the contract ${quoted(nameOf(l, e.data.contractId, 'unnamed'))} from the register`,
    ContractsImported: (e, l) =>
      `${who(e, l)} imported ${e.data.fileName} (${count(e.data.rowCount, 'row')}): ${e.data.created} new, ${e.data.updated} changed, ${e.data.unchanged} unchanged contracts`,
    ContractsImportedBatch: (e, l) => `${who(e, l)} recorded ${count(e.data.contracts.length, 'imported contract')}`,
    TierRulesSet: (e, l) => `${who(e, l)} set the contract tier rules${e.data.fromTemplateId ? ' from a template' : ''}`,
    ContractNoticeTriggerRecorded: (e, l) =>
      `${who(e, l)} recorded a ${e.data.kind.replace(/_/g, ' ')} on ${e.data.occurredOn} for the contract ${quoted(nameOf(l, e.data.contractId, 'unnamed'))}: ${e.data.description}`,
    ContractNoticePublished: (e, l) =>
      `${who(e, l)} recorded the ${NOTICE_RULES[e.data.kind as NoticeKind].name.toLowerCase()} for the contract ${quoted(nameOf(l, e.data.contractId, 'unnamed'))} as published on ${e.data.publishedOn}`,
  },
});
