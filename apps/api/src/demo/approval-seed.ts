import { functionDesignDecider, type CommandMetadata, type Role, type Sponsor } from '@orgledger/domain';
import { commandMeta, type AppContext, type AuthUser, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { DEMO_INVITER } from './demo-inviter';
import { loadState } from '../platform/load-state';
import { functionDesignStream } from '../design/design.commands';
import { setLgpsEmployerRate } from '../reference-data/reference-data.commands';
import { approveJobDescription, approveJobEvaluation, draftJobDescription, recordJobEvaluation, setGradeStructure } from '../grading/grading.commands';
import { setBudgetNonPayLines } from '../costing/costing.commands';
import { dischargeCondition, recordDesignAuthorityDecision, submitToDesignAuthority } from '../design-authority/design-authority.commands';
import type { DemoCouncil } from './analysis-seed';

type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor };

// Northshire's grades (the demo design uses Grades 3 and 8 to 13), SCP ranges on the NJC spine;
// neighbouring grades share one point, as many councils' structures do.
const GRADES: [number, number, number][] = [
  [3, 3, 5],
  [4, 5, 7],
  [5, 7, 11],
  [6, 11, 17],
  [7, 17, 22],
  [8, 22, 25],
  [9, 25, 29],
  [10, 29, 32],
  [11, 32, 35],
  [12, 35, 39],
  [13, 39, 43],
];
const JE_SCORE: Record<number, number> = { 3: 240, 8: 380, 9: 420, 10: 470, 11: 520, 12: 580, 13: 650 };

// HR, Finance and the Design Authority for the chosen option: grades, the LGPS rate, JDs and
// evaluations signed off in the portal (one JD awaiting HR, one evaluation awaiting approval),
// the budget's non-pay lines, and a Design Authority approval with conditions.
export const seedApprovalDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor }) => {
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const portalUser = (email: string, role: Role, displayName: string): Actor => ({
    userId: derivedUuid(id(`user:${email}`), 'user'),
    role,
    displayName,
    invitedBy: DEMO_INVITER,
  });
  const hr = portalUser('hr@northshire.example', 'hr_partner', 'Dev Patel');
  const da = portalUser('da@northshire.example', 'da_member', 'Martin Hughes');
  const meta = (actor: Actor, label: string, reason?: string): CommandMetadata =>
    commandMeta(tenantId, actor, { commandId: id(`approval:northshire:${label}`), reason });
  const c = actors.consultant;
  const scope = { programmeId: council.programmeId, authorityId: council.authorityId };
  const inPortal = { actorAuthorityId: council.authorityId };
  const asConsultant = { actorAuthorityId: null };

  await setGradeStructure(deps, meta(c, 'grades', 'Northshire pay and grading structure agreed with the trade unions in 2019'), {
    authorityId: council.authorityId,
    effectiveFrom: '2025-04-01',
    grades: GRADES.map(([g, minScp, maxScp]) => ({ grade: `Grade ${g}`, minScp, maxScp })),
    actorAuthorityId: null,
  });
  await setLgpsEmployerRate(deps, meta(c, 'lgps', 'From the fund’s 2025 valuation'), {
    authorityId: council.authorityId,
    rateBp: 1990,
    effectiveFrom: '2026-04-01',
    source: 'Northshire Pension Fund rates and adjustments certificate 2026',
  });

  const design = await loadState(deps.store, functionDesignStream(tenantId, council.programmeId), functionDesignDecider);
  const posts = design.options.find((o) => o.optionId === design.chosenOptionId)?.posts ?? [];
  const awaitingJd = posts.length - 1; // the last post's JD awaits the HR partner
  const awaitingJe = posts.length - 2; // one evaluation awaits approval
  for (const [i, p] of posts.entries()) {
    await draftJobDescription(deps, meta(c, `jd:${i}`), scope, asConsultant, p.designPostId, {
      purpose: `${p.title}: ${p.responsibilities[0] ?? 'contract management'}.`,
      accountabilities: p.responsibilities.length ? p.responsibilities : ['Contract management'],
      personSpecification: {
        essential: ['Experience of managing contracts or supplier performance', 'Good numeracy and report writing'],
        desirable: ['CIPS qualification or working towards it'],
      },
    });
    if (i === awaitingJd) continue;
    await approveJobDescription(deps, meta(hr, `jd:${i}:approve`, 'Consistent with the Northshire JD template'), scope, inPortal, p.designPostId, 1);
    await recordJobEvaluation(deps, meta(c, `je:${i}`), scope, asConsultant, p.designPostId, {
      scheme: 'njc_jes',
      score: JE_SCORE[p.grade] ?? 400,
      panelDate: '2026-10-20',
      moderated: true,
      resultingGrade: `Grade ${p.grade}`,
    });
    if (i === awaitingJe) continue;
    await approveJobEvaluation(deps, meta(hr, `je:${i}:approve`, 'Moderated panel result accepted'), scope, inPortal, p.designPostId);
  }

  await setBudgetNonPayLines(deps, meta(c, 'budget:non-pay', 'Investment agreed at the programme board'), scope, asConsultant, {
    financialYear: '2026/27',
    lines: [
      { label: 'Training and CIPS accreditation for the contract management team', pencePerYear: 2_400_000 },
      { label: 'Contract management system licences', pencePerYear: 1_800_000 },
    ],
  });

  // The submission freezes figures from the read models, which the CLI seed does not open.
  if (!('readModels' in deps)) return;
  const app = deps as AppContext;
  const user: AuthUser = { ...c, tenantId, email: 'consultant@meridian.example', authorityId: null, serviceId: null, auditorAuthorityIds: [] };
  const submitMeta = meta(c, 'da:submit', 'Ready for the Design Authority on the chosen option');
  const submissionId = await submitToDesignAuthority(app, user, submitMeta, scope, {
    consultationOutline:
      '45-day collective consultation with UNISON and GMB on the new contract management function: slot-ins, one ring fence, and one redeployment with pay protection.',
    financialYear: '2026/27',
  });
  const decideMeta = meta(da, 'da:decide', 'Approved subject to the equality impact assessment');
  await recordDesignAuthorityDecision(deps, decideMeta, scope, inPortal, {
    submissionId,
    decision: 'approved_with_conditions',
    meetingDate: submitMeta.now.slice(0, 10),
    conditions: [
      { text: 'Complete the equality impact assessment before consultation opens', owner: 'Dev Patel (HR)', dueDate: '2026-12-18', blocking: true },
      { text: 'Report benefits realisation to the board quarterly', owner: 'Head of Contract Management', dueDate: '2027-06-30', blocking: false },
    ],
  });
  await dischargeCondition(deps, meta(c, 'da:discharge:eqia', 'EqIA completed'), scope, asConsultant, {
    submissionId,
    conditionId: derivedUuid(decideMeta.commandId, 'condition', '0'),
    evidence: 'Equality impact assessment signed off by HR; no disproportionate impact found',
  });
};
