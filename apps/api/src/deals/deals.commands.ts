import {
  establishmentDecider,
  fteDealsDecider,
  fteDealsStreamId,
  requireId,
  type CommandMetadata,
  type DealTerms,
  type FteDealsCommand,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import { authorsOf } from '../platform/authors';
import { commandHandler } from '../platform/command-handler';
import { establishmentStream } from '../establishment';
import type { Deps } from '../platform/app-context';

export const dealsStream = (tenantId: string, programmeId: string, serviceId: string) =>
  streamName('fteDeals', tenantId, fteDealsStreamId(programmeId, serviceId));

export type DealScope = { programmeId: string; authorityId: string; serviceId: string };

// The deals decider's one command handler: a service's deals in a programme are one stream.
export class DealsHandler extends commandHandler(fteDealsDecider, (command: FteDealsCommand, at: DealScope) =>
  dealsStream(command.metadata.tenantId, at.programmeId, at.serviceId),
) {}

// The establishment as it stands, for the over-release and double-promise rules.
const dealContext = async (deps: Deps, tenantId: string, scope: DealScope, actorServiceId: string | null) => {
  const establishment = await loadState(deps.store, establishmentStream(tenantId, scope.authorityId), establishmentDecider);
  const posts = Object.values(establishment.posts).filter((p) => p.serviceId === scope.serviceId);
  return {
    postFte: Object.fromEntries(posts.map((p) => [p.postId, p.fte])),
    postReferences: Object.fromEntries(posts.map((p) => [p.postId, p.reference])),
    actorServiceId,
  };
};

const run = (deps: Deps, scope: DealScope, command: FteDealsCommand) => deps.send(DealsHandler, command, scope);

export const proposeFteDeal = async (deps: Deps, meta: CommandMetadata, scope: DealScope, terms: DealTerms, actorServiceId: string | null) => {
  const dealId = derivedUuid(meta.commandId, 'deal');
  const context = await dealContext(deps, meta.tenantId, scope, actorServiceId);
  await run(deps, scope, { type: 'ProposeFteDeal', data: { dealId, serviceId: scope.serviceId, terms, context }, metadata: meta });
  return dealId;
};

const OFFERS = new Set(['FteDealProposed', 'FteDealCountered', 'FteDealAmendmentProposed', 'FteDealAmendmentCountered']);

// Everyone who made an offer on this deal: an approver they invited may not agree it.
const offerAuthors = (deps: Deps, meta: CommandMetadata, scope: DealScope, dealId: string) =>
  authorsOf(deps.store, dealsStream(meta.tenantId, scope.programmeId, scope.serviceId), (e) => OFFERS.has(e.type) && e.data.dealId === dealId);

export type DealAction =
  | { type: 'CounterFteDeal' | 'ProposeFteDealAmendment' | 'CounterFteDealAmendment'; terms: DealTerms; reason: string }
  | { type: 'AgreeFteDeal' | 'AgreeFteDealAmendment'; reason?: string | null }
  | { type: 'RejectFteDeal' | 'WithdrawFteDeal' | 'RejectFteDealAmendment'; reason: string };

// Every step after the proposal: the side is worked out by the decider from the actor and
// onBehalfOfService; the version the user saw makes a concurrent change a CONFLICT.
export const actOnDeal = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: DealScope,
  input: { dealId: string; onBehalfOfService?: boolean | null; expectedVersion?: number | null; actorServiceId: string | null },
  action: DealAction,
) => {
  const dealId = requireId('dealId', input.dealId);
  const common = {
    dealId,
    serviceId: scope.serviceId,
    ...(input.onBehalfOfService ? { onBehalfOfService: true } : {}),
    ...(input.expectedVersion === null || input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion }),
  };
  if ('terms' in action) {
    const context = await dealContext(deps, meta.tenantId, scope, input.actorServiceId);
    await run(deps, scope, { type: action.type, data: { ...common, terms: action.terms, reason: action.reason, context }, metadata: meta });
  } else if (action.type === 'AgreeFteDeal' || action.type === 'AgreeFteDealAmendment') {
    const offerAuthorIds = await offerAuthors(deps, meta, scope, dealId);
    const data = { ...common, reason: action.reason ?? undefined, actorServiceId: input.actorServiceId, offerAuthorIds };
    await run(deps, scope, { type: action.type, data, metadata: meta });
  } else {
    await run(deps, scope, { type: action.type, data: { ...common, reason: action.reason ?? '', actorServiceId: input.actorServiceId }, metadata: meta });
  }
  return dealId;
};

// Anyone who may act on the deal may note something on it; the note changes no terms.
export const addDealNote = (deps: Deps, meta: CommandMetadata, scope: DealScope, input: { dealId: string; text: string; actorServiceId: string | null }) =>
  run(deps, scope, { type: 'AddDealNote', data: { ...input, serviceId: scope.serviceId }, metadata: meta });
