import type { CommandMetadata, Role, Sponsor } from '@orgledger/domain';
import { commandMeta, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { setFunctionGoLiveDate } from '../design/design.commands';
import type { DemoCouncil } from './analysis-seed';

type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor };

const id = (label: string) => derivedUuid('orgledger-demo', label);

// The function starts on 1 February 2027, with the slot-ins and the redeployment: 2026/27 is
// costed for its last 59 days, 2027/28 in full, on every page alike. (Finance's sign-off is left to
// the finance partner in the portal: the pack says it is not signed off until then.)
export const seedGoLiveDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  const meta: CommandMetadata = commandMeta(tenantId, actors.consultant, {
    commandId: id('one-cost:northshire:go-live'),
    reason: 'The function starts with the slot-ins on 1 February 2027, after consultation closes',
  });
  await setFunctionGoLiveDate(
    deps,
    meta,
    { programmeId: council.programmeId, authorityId: council.authorityId },
    {
      goLiveDate: '2027-02-01',
      reason: 'The function starts with the slot-ins on 1 February 2027, after consultation closes',
    },
  );
};
