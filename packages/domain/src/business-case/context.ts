// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, quoted } from '../shared/describing';
import type { BusinessCaseAssumptionsSet } from './events';
import { businessCaseErrorKinds } from './errors';
import { businessCaseUpcasters } from './upcasters';

const percent = (bp: number) => `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;

export const context = defineContext({
  upcasters: businessCaseUpcasters,
  errorKinds: businessCaseErrorKinds,
  describers: {
    BusinessCaseAssumptionsSet: (e, l) => {
      const d = e.data as BusinessCaseAssumptionsSet['data'];
      const awards = d.payAwards.length ? d.payAwards.map((a) => `${a.financialYear} ${percent(a.rateBp)}`).join(', ') : 'none';
      return (
        `${who(e, l)} set the business case's assumptions: ${d.horizonYears} years from ${d.firstYear}, assumed pay awards ${awards}, ` +
        `vacancy factor ${percent(d.vacancyFactorBp)}, increments ${d.increments ? 'on' : 'off'}. Reason: ${quoted(d.reason)}`
      );
    },
  },
});
