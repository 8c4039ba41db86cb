// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, money, quoted } from '../shared/describing';
import { contractRegisterErrorKinds } from './errors';
import { contractRegisterUpcasters } from './upcasters';

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
  },
});
