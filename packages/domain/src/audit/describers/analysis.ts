// The analysis stage: activities, returns, the definition, contracts, benefits, capacity.
import { nameOf } from '../lexicon';
import { count, actorPhrase as who, money, quoted, sum, fte, humanise } from '../phrases';
import type { Describers } from './types';

export const analysisDescribers = {
  TaxonomySeeded: (e, l) => `${who(e, l)} set up the activity list with ${count(e.data.activities.length, 'activity', 'activities')}`,
  ActivityAdded: (e, l) => `${who(e, l)} added the activity ${quoted(e.data.name)}`,
  ActivityRenamed: (e, l) => `${who(e, l)} renamed the activity ${quoted(nameOf(l, e.data.activityId, 'unnamed'))} to ${quoted(e.data.name)}`,
  ActivityRetired: (e, l) =>
    `${who(e, l)} retired ${count(e.data.activityIds.length, 'activity', 'activities')}, starting with ${quoted(nameOf(l, e.data.activityIds[0], 'unnamed'))}`,
  TaxonomyReplaced: (e, l) =>
    `${who(e, l)} replaced the activity list with ${count(e.data.activities.length, 'activity', 'activities')}${e.data.fromTemplateId ? ` from the template ${quoted(nameOf(l, e.data.fromTemplateId, 'unnamed'))}` : ''}`,
  ActivityReturnSubmitted: (e, l) =>
    `${who(e, l, e.data.serviceId)} submitted the activity return of ${nameOf(l, e.data.serviceId, 'a service')} for ${count(e.data.posts.length, 'post')}`,
  DefinitionDrafted: (e, l) => `${who(e, l)} drafted version ${e.data.version} of the contract-management definition`,
  DefinitionAgreed: (e, l) =>
    `${e.data.stakeholderName} (${e.data.stakeholderRole}) agreed version ${e.data.version} of the definition, recorded by ${who(e, l)}`,
  ContractAdded: (e, l) =>
    `${who(e, l)} added the contract ${e.data.reference} ${quoted(e.data.title)} with ${e.data.supplier}, ${money(e.data.annualValuePence)} a year`,
  ContractUpdated: (e, l) => `${who(e, l)} updated the contract ${e.data.reference} ${quoted(e.data.title)}`,
  ContractRemoved: (e, l) => `${who(e, l)} removed the contract ${quoted(nameOf(l, e.data.contractId, 'unnamed'))} from the register`,
  ContractsImported: (e, l) =>
    `${who(e, l)} imported ${e.data.fileName} (${count(e.data.rowCount, 'row')}): ${e.data.created} new, ${e.data.updated} changed, ${e.data.unchanged} unchanged contracts`,
  ContractsImportedBatch: (e, l) => `${who(e, l)} recorded ${count(e.data.contracts.length, 'imported contract')}`,
  TierRulesSet: (e, l) => `${who(e, l)} set the contract tier rules${e.data.fromTemplateId ? ' from a template' : ''}`,
  BenefitRecorded: (e, l) =>
    `${who(e, l)} recorded the benefit ${quoted(e.data.title)}: ${money(e.data.annualAmountPence)} a year, ${e.data.cashable ? 'cashable' : 'non-cashable'}, owned by ${e.data.owner}`,
  BenefitUpdated: (e, l) => `${who(e, l)} updated the benefit ${quoted(e.data.title)}: ${money(e.data.annualAmountPence)} a year by ${e.data.targetDate}`,
  BenefitStatusChanged: (e, l) =>
    `${who(e, l)} moved the benefit ${quoted(nameOf(l, e.data.benefitId, 'unnamed'))} from ${humanise(e.data.from)} to ${humanise(e.data.to)}`,
  CapacityAssumptionsSet: (e, l) => {
    const hours = Object.values(e.data.hoursPerContractByTier as Record<string, number>);
    return `${who(e, l)} set the capacity assumptions: ${hours.length} tiers, ${sum(hours)} hours per contract in all, ${fte(1000)} = ${e.data.productiveHoursPerFte} productive hours`;
  },
} satisfies Describers;
