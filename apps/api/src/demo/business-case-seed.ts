import type { Role, Sponsor } from '@orgledger/domain';
import { commandMeta, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { setBusinessCaseAssumptions } from '../business-case/business-case.commands';
import type { DemoCouncil } from './analysis-seed';

type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor };

// Northshire's business case, on the council's own medium-term financial strategy: five years,
// pay awards assumed where none is agreed, and the vacancy factor its budget book uses.
export const seedBusinessCaseDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  const commandId = derivedUuid('orgledger-demo', 'business-case:northshire:assumptions');
  const reason = 'Northshire MTFS 2026–2031 (February 2026): 3% pay award in 2026/27, 2.5% then 2% a year after; 3% vacancy factor as in the budget book';
  await setBusinessCaseAssumptions(
    deps,
    commandMeta(tenantId, actors.consultant, { commandId, reason }),
    { programmeId: council.programmeId, authorityId: council.authorityId },
    { actorAuthorityId: null },
    {
      assumptions: {
        firstYear: '2026/27',
        horizonYears: 5,
        payAwards: [
          { financialYear: '2026/27', rateBp: 300 },
          { financialYear: '2027/28', rateBp: 250 },
          { financialYear: '2028/29', rateBp: 250 },
          { financialYear: '2029/30', rateBp: 200 },
          { financialYear: '2030/31', rateBp: 200 },
        ],
        vacancyFactorBp: 300,
        increments: true,
      },
      reason,
    },
  );
};
