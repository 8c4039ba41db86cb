import {
  DESIGN_AUTHORITY_STREAM_CATEGORY,
  designAuthorityDecider,
  partYearOf,
  requireId,
  snapshotCostsOf,
  type CommandMetadata,
  type DaDecision,
  type DesignAuthorityCommand,
  type DesignAuthoritySnapshot,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import type { AppContext, AuthUser, Deps } from '../platform/app-context';
import { authorsOf } from '../platform/authors';
import { derivedUuid } from '../platform/ids';
import { fteDealModel } from '../deals';
import { currentFinancialYear, fundingOf, programmeCostsOf, signOffsOf } from '../costing';
import { postGradingOf } from '../grading';
import { designRow } from '../design';
import { authorityModel } from '../platform/access-models';
import { commandHandler, type Undated } from '../platform/command-handler';

export const designAuthorityStream = (tenantId: string, programmeId: string) => streamName(DESIGN_AUTHORITY_STREAM_CATEGORY, tenantId, programmeId);

type Scope = { programmeId: string; authorityId: string };
type Actor = { actorAuthorityId: string | null };

const percent = (bp: number) =>
  `${Math.floor(bp / 100)}.${String(bp % 100)
    .padStart(2, '0')
    .replace(/0$/, '')}%`;

// The frozen copy the Design Authority decides on: the chosen option, its costs for the year from
// the one costing model (the figures of the Funding, Costs and Finance budget pages, with the table
// ids used), the funding position, the deals, where grading stands, whether Finance has signed off
// the budget, and the consultation outline. The event carries it whole, so a later change of
// reference data never alters what was decided on.
export const buildSnapshot = async (app: AppContext, user: AuthUser, scope: Scope, input: { consultationOutline: string; financialYear?: string | null }) => {
  const tenantId = user.tenantId;
  const financialYear = input.financialYear ?? currentFinancialYear();
  const { costs, details, optionId, optionName, lgpsRateBp, tableIds } = await programmeCostsOf(app, tenantId, scope, { financialYear });
  const lgps = costs.annual.payLines[0]?.basis.lgpsRate;
  const part = partYearOf(costs.financialYear, [costs.goLiveDate]);
  const basis = (
    `Full cost at the middle SCP of each grade for ${costs.financialYear}, as in the Finance budget: pay, NI and levy tables ${tableIds.join(', ') || '-'}; ` +
    `LGPS employer rate ${percent(lgpsRateBp)} from ${lgps?.effectiveFrom ?? '-'} (${lgps?.source ?? '-'}); ` +
    `${details.filter((d) => !d.final).length} of ${details.length} costed posts at a provisional grade; ` +
    `${costs.indicative.lines.length} post(s) with no grade yet shown apart; ${part.daysCosted} of ${part.daysInYear} days costed` +
    `${costs.goLiveDate ? ` from the go-live date ${costs.goLiveDate}` : ''}.`
  ).slice(0, 1000);
  const funding = await fundingOf(app, tenantId, scope);
  const signOffs = await signOffsOf(app, tenantId, scope.programmeId, costs.financialYear);
  const lastSignOff = signOffs.at(-1) ?? null;
  const services = new Map((app.readModels.get(authorityModel, tenantId, scope.authorityId)?.services ?? []).map((s) => [s.id, s.name]));
  const design = postGradingOf(app, tenantId, scope.programmeId);
  const option = designRow(app, tenantId, scope.programmeId).options.find((o) => o.optionId === optionId)!;
  const snapshot: DesignAuthoritySnapshot = {
    option: {
      optionId,
      name: optionName,
      posts: option.posts.map((p) => ({ designPostId: p.designPostId, title: p.title, grade: p.grade, fte: p.fte, reportsTo: p.reportsTo })),
    },
    costs: snapshotCostsOf(costs, basis),
    funding: {
      agreedFte: funding.agreedFte,
      pipelineFte: funding.pipelineFte,
      neededFte: funding.neededFte,
      gapFte: funding.gapFte,
      byYear: funding.byYear.map((y) => ({
        financialYear: y.financialYear,
        agreedPence: y.agreedPence,
        pipelinePence: y.pipelinePence,
        neededPence: y.neededPence,
        gapPence: y.gapPence,
      })),
    },
    financeSignOff: {
      signedOff: lastSignOff !== null,
      signedOn: lastSignOff?.signedOn ?? null,
      current: lastSignOff !== null && lastSignOff.figures.total === costs.recurring.totalPence && lastSignOff.figures.funding === costs.funding.agreedPence,
    },
    deals: app.readModels
      .list(fteDealModel, tenantId, scope.programmeId)
      .map((d) => ({ dealId: d.dealId, serviceName: services.get(d.serviceId) ?? 'Unknown service', status: d.status, fte: d.fte })),
    grading: design.map((g) => ({ designPostId: g.designPostId, jd: g.jdStatus, evaluation: g.evaluationStatus, grade: g.grade })),
    consultationOutline: input.consultationOutline,
    submittedOn: new Date().toISOString().slice(0, 10),
  };
  return snapshot;
};

export class DesignAuthorityHandler extends commandHandler(designAuthorityDecider, (command: DesignAuthorityCommand, at: Scope) =>
  designAuthorityStream(command.metadata.tenantId, at.programmeId),
) {}

const run = (deps: Deps, meta: CommandMetadata, scope: Scope, command: Undated<DesignAuthorityCommand>) =>
  deps.send(DesignAuthorityHandler, { ...command, metadata: meta }, scope);

export const submitToDesignAuthority = async (
  app: AppContext,
  user: AuthUser,
  meta: CommandMetadata,
  scope: Scope,
  input: { consultationOutline: string; financialYear?: string | null },
) => {
  const submissionId = derivedUuid(meta.commandId, 'submission');
  const snapshot = await buildSnapshot(app, user, scope, input);
  await run(app, meta, scope, { type: 'SubmitToDesignAuthority', data: { submissionId, snapshot } });
  return submissionId;
};

export type ConditionInput = { text: string; owner: string; dueDate: string; blocking: boolean };

export const recordDesignAuthorityDecision = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  actor: Actor,
  input: {
    submissionId: string;
    decision: DaDecision;
    conditions?: ConditionInput[] | null;
    asksFor?: string | null;
    reasons?: string | null;
    meetingDate: string;
  },
) => {
  const submissionId = requireId('submissionId', input.submissionId);
  const conditions = (input.conditions ?? []).map((c, i) => ({ conditionId: derivedUuid(meta.commandId, 'condition', String(i)), ...c }));
  await run(deps, meta, scope, {
    type: 'RecordDesignAuthorityDecision',
    data: {
      programmeAuthorityId: scope.authorityId,
      ...actor,
      submissionId,
      decision: input.decision,
      conditions,
      asksFor: input.asksFor ?? undefined,
      reasons: input.reasons ?? undefined,
      meetingDate: input.meetingDate,
      // who submitted it: a member they invited may not decide it
      submittedBy: await authorsOf(
        deps.store,
        designAuthorityStream(meta.tenantId, scope.programmeId),
        (e) => e.type === 'DesignAuthoritySubmitted' && e.data.submissionId === submissionId,
      ),
    },
  });
  return submissionId;
};

export const dischargeCondition = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  actor: Actor,
  input: { submissionId: string; conditionId: string; evidence: string },
) => {
  await run(deps, meta, scope, {
    type: 'DischargeCondition',
    data: {
      programmeAuthorityId: scope.authorityId,
      ...actor,
      submissionId: requireId('submissionId', input.submissionId),
      conditionId: requireId('conditionId', input.conditionId),
      evidence: input.evidence,
    },
  });
};
