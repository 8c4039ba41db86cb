import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireId } from '@orgledger/domain';
import { invalid } from '../platform/api-errors';
import { readCheckpoints } from '@orgledger/event-store';
import { visibleAuthority, visibleProgramme } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Public, Roles } from '../platform/current-user';
import { COST } from '../platform/graphql-limits';
import { auditServices } from './audit-services';
import { verifyForAuthority } from './audit-verification';
import {
  AccessLogPage,
  AuditKeyView,
  AuditVerificationView,
  CheckpointView,
  DecisionHistoryFilter,
  DecisionHistoryPage,
  ProgrammeDiffView,
  SealAuditCheckpointInput,
} from './audit.graphql';
import { historyPage } from './decision-history';
import { currentCheckpoint } from './export-build';
import { boundInstant, parseMoment } from './moments';
import { diffProgramme } from './programme-diff';
import { authorityModel } from '../platform/access-models';
import { Read, type ReadSide } from '../platform/read-side';

const READERS = ['tenant_admin', 'consultant', 'auditor'] as const;
const MAX_PAGE = 200;

const page = (first: number, offset: number) => {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw invalid('INVALID_PAGE', `first must be from 1 to ${MAX_PAGE}.`, { field: 'first' });
  if (!Number.isInteger(offset) || offset < 0) throw invalid('INVALID_PAGE', 'offset cannot be negative.', { field: 'offset' });
};

@Resolver()
export class AuditResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private authorityOf(read: ReadSide, user: AuthUser, filter: DecisionHistoryFilter): string {
    if (filter.programmeId) return visibleProgramme(read, user, filter.programmeId).authorityId;
    if (filter.authorityId) return visibleAuthority(read, user, filter.authorityId).authorityId;
    throw invalid('AUTHORITY_OR_PROGRAMME_REQUIRED', 'Say whose history to read: give an authorityId or a programmeId.', { field: 'authorityId' });
  }

  @Query(() => DecisionHistoryPage, {
    description: "Every decision of an authority's programmes, newest first, as sentences with the raw events",
    complexity: COST.decisionHistory,
  })
  @Roles(...READERS)
  async decisionHistory(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('filter') filter: DecisionHistoryFilter,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<DecisionHistoryPage> {
    page(first, offset);
    const authorityId = this.authorityOf(read, user, filter);
    for (const k of ['entityId', 'eventId', 'actorId'] as const) if (filter[k]) requireId(k, filter[k]);
    return historyPage(
      this.app,
      read,
      user.tenantId,
      authorityId,
      { ...filter, from: boundInstant('from', filter.from, false), to: boundInstant('to', filter.to, true) },
      first,
      offset,
    );
  }

  @Query(() => ProgrammeDiffView, {
    description: "What changed in a programme's design, deals and funding between two moments",
    complexity: COST.programmeDiff,
  })
  @Roles(...READERS)
  programmeDiff(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('from', { description: 'Date, date-time or store position' }) from: string,
    @Args('to', { description: 'Date, date-time or store position' }) to: string,
  ) {
    const programme = visibleProgramme(read, user, programmeId);
    return diffProgramme(read, user, programme, parseMoment('from', from), parseMoment('to', to));
  }

  @Query(() => AuditVerificationView, {
    description: "Checks every hash chain and sealed checkpoint of the tenant; reports this authority's streams and the first broken link. One per request.",
    complexity: COST.auditVerification,
  })
  @Roles('tenant_admin', 'auditor')
  auditVerification(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('authorityId', { type: () => ID }) authorityId: string) {
    return verifyForAuthority({ ...this.app, store: read.store }, user, visibleAuthority(read, user, authorityId).authorityId);
  }

  @Query(() => AuditKeyView, { description: 'The public key that verifies sealed checkpoints and exports' })
  @Public()
  auditPublicKey(): AuditKeyView {
    const { keyId, publicKeyPem } = this.app.config.auditKey;
    return { algorithm: 'Ed25519', keyId, publicKeyPem };
  }

  @Query(() => CheckpointView, { nullable: true, description: 'The newest sealed checkpoint of the tenant' })
  @Roles('tenant_admin', 'auditor')
  async latestAuditCheckpoint(@Read() read: ReadSide, @CurrentUser() user: AuthUser): Promise<CheckpointView | null> {
    const [last] = await readCheckpoints(read.store, user.tenantId, { last: true });
    return last ? { ...last.body, signature: last.signature } : null;
  }

  @Mutation(() => CheckpointView, { description: 'Seals every stream head of the tenant now (or answers the newest checkpoint if nothing changed)' })
  @Roles('tenant_admin')
  async sealAuditCheckpoint(@CurrentUser() user: AuthUser, @Args('input') input: SealAuditCheckpointInput): Promise<CheckpointView> {
    // checked like any command's: a malformed id or an over-long reason is refused before sealing
    const meta = metaFor(user, input);
    const checkpoint = await currentCheckpoint(this.app, user, { causationId: meta.commandId, ...(meta.reason ? { reason: meta.reason } : {}) });
    if (!checkpoint) throw invalid('NOTHING_TO_SEAL', 'There is nothing to seal yet: the tenant has no events.');
    return { ...checkpoint.body, signature: checkpoint.signature };
  }

  @Query(() => AccessLogPage, { description: 'Who looked at what, newest first: every auditor query' })
  @Roles('tenant_admin')
  auditAccessLog(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): AccessLogPage {
    page(first, offset);
    const { total, rows } = auditServices(this.app).accessLog.list(user.tenantId, first, offset);
    const name = (id: string | null) => (id ? (read.readModels.get(authorityModel, user.tenantId, id)?.name ?? null) : null);
    return { total, items: rows.map((r) => ({ ...r, authorityName: name(r.authorityId) })) };
  }
}
