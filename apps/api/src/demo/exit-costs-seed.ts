import type { Role, Sponsor } from '@orgledger/domain';
import { commandMeta, type AppContext, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { DEMO_INVITER } from './demo-inviter';
import { recordExitCostInputs } from '../costing/costing.commands';
import type { DemoCouncil } from './analysis-seed';
import { postModel } from '../establishment/establishment.projector';

type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor };
type Facts = { reference: string; age: number; completeYearsService: number; weeklyPayPence: number; lgpsStrainEstimatePence: number | null; reason: string };

// What HR holds about each postholder the transition put at risk (the establishment has none of
// it), with the first dismissal date of the individual consultation plan. ACM-0005: aged 57 with
// 22 years, the last 20 count (ages 56 to 37): 16 × 1½ + 4 × 1 = 28 weeks at £655.40 = £18,351.20;
// LGPS member over 55, so the fund's strain estimate is carried.
const FACTS: Facts[] = [
  {
    reference: 'ACM-0005',
    age: 57,
    completeYearsService: 22,
    weeklyPayPence: 65_540,
    lgpsStrainEstimatePence: 3_825_000,
    reason: 'HR record and the pension fund’s strain estimate of 4 December 2026',
  },
];
const FIRST_DISMISSAL = '2027-03-31';

// Exit-cost facts for the Northshire business case, recorded by the HR partner through the portal.
export const seedExitCostsDemo = async (deps: Deps, tenantId: string, council: DemoCouncil) => {
  // At-risk posts are read from the transition map's read model, which the CLI seed does not open.
  if (!('readModels' in deps)) return;
  const app = deps as AppContext;
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const hr: Actor = { userId: derivedUuid(id('user:hr@northshire.example'), 'user'), role: 'hr_partner', displayName: 'Dev Patel', invitedBy: DEMO_INVITER };
  const posts = new Map(app.readModels.list(postModel, tenantId, council.authorityId).map((p) => [p.reference, p.postId]));
  const scope = { programmeId: council.programmeId, authorityId: council.authorityId };
  for (const f of FACTS) {
    const postId = posts.get(f.reference);
    if (!postId) throw new Error(`The demo establishment has no post ${f.reference}.`);
    const meta = commandMeta(tenantId, hr, { commandId: id(`exit-costs:northshire:${f.reference}`), reason: f.reason });
    await recordExitCostInputs(
      app,
      meta,
      scope,
      { actorAuthorityId: council.authorityId },
      {
        postId,
        age: f.age,
        completeYearsService: f.completeYearsService,
        weeklyPayPence: f.weeklyPayPence,
        pensionMember: true,
        yearsMembership: f.completeYearsService,
        lgpsStrainEstimatePence: f.lgpsStrainEstimatePence,
        dismissalDate: FIRST_DISMISSAL,
      },
    );
  }
};
