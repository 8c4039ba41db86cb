import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { lgpsRatesOf, requireCivilDate } from '@orgledger/domain';
import { invalid } from '../platform/api-errors';
import { allTablesOf, mergeReferenceData, mergeTables, STANDARD_REFERENCE_DATA, tableInForce, type AnyRateTable } from '@orgledger/reference-data';
import { visibleAuthority } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { addPayTable, loadReferenceData, setLgpsEmployerRate, setLocalPayPoints } from './reference-data.commands';
import {
  AddPayTableInput,
  LgpsRateView,
  RateTableView,
  SetLgpsEmployerRateInput,
  SetLocalPayPointsInput,
  type RateTableFieldsInput,
  type RateTableOrigin,
} from './reference-data.graphql';
import { Read, type ReadSide } from '../platform/read-side';

const today = () => new Date().toISOString().slice(0, 10);

// The table as the domain validates it; values are built from the fields of its kind only.
const tableOf = (i: RateTableFieldsInput & Partial<AddPayTableInput>, kind: string): unknown => {
  const points = i.points ? Object.fromEntries(i.points.map((p) => [String(p.scp), p.pence])) : undefined;
  const values: Record<string, unknown> =
    kind === 'njc_pay_spine' || kind === 'local_pay_points'
      ? { points, ...(i.deletedPoints ? { deletedPoints: i.deletedPoints.map((d) => ({ scp: d.scp, from: d.from })) } : {}) }
      : kind === 'employer_ni'
        ? {
            rateBp: i.rateBp,
            secondaryThresholdPenceYear: i.secondaryThresholdPenceYear,
            upperSecondaryThresholdPenceYear: i.upperSecondaryThresholdPenceYear ?? undefined,
            apprenticeUpperSecondaryThresholdPenceYear: i.apprenticeUpperSecondaryThresholdPenceYear ?? undefined,
          }
        : kind === 'apprenticeship_levy'
          ? { rateBp: i.rateBp, allowancePenceYear: i.allowancePenceYear }
          : {
              weeklyCapPence: i.weeklyCapPence,
              maxYears: i.maxYears,
              minimumServiceYears: i.minimumServiceYears,
              bands: (i.bands ?? []).map((b) => ({ fromAge: b.fromAge, toAge: b.toAge ?? null, halfWeeksPerYear: b.halfWeeksPerYear })),
            };
  return {
    id: i.id,
    kind,
    effectiveFrom: i.effectiveFrom,
    ...(i.effectiveTo ? { effectiveTo: i.effectiveTo } : {}),
    source: i.source,
    status: i.status,
    ...(i.note ? { note: i.note } : {}),
    values,
  };
};

const view = (t: AnyRateTable, origin: RateTableOrigin, inForce: boolean, authorityId: string | null = null): RateTableView => {
  const v = t.values as unknown as Record<string, unknown>;
  const points = v.points as Record<string, number> | undefined;
  return {
    id: t.id,
    kind: t.kind,
    effectiveFrom: t.effectiveFrom,
    effectiveTo: t.effectiveTo ?? null,
    source: t.source,
    status: t.status,
    note: t.note ?? null,
    origin,
    authorityId,
    inForce,
    points: points
      ? Object.entries(points)
          .map(([scp, pence]) => ({ scp: Number(scp), pence }))
          .sort((a, b) => a.scp - b.scp)
      : null,
    deletedPoints: (v.deletedPoints as { scp: number; from: string }[] | undefined) ?? null,
    rateBp: (v.rateBp as number | undefined) ?? null,
    secondaryThresholdPenceYear: (v.secondaryThresholdPenceYear as number | undefined) ?? null,
    upperSecondaryThresholdPenceYear: (v.upperSecondaryThresholdPenceYear as number | undefined) ?? null,
    apprenticeUpperSecondaryThresholdPenceYear: (v.apprenticeUpperSecondaryThresholdPenceYear as number | undefined) ?? null,
    allowancePenceYear: (v.allowancePenceYear as number | undefined) ?? null,
    weeklyCapPence: (v.weeklyCapPence as number | undefined) ?? null,
    maxYears: (v.maxYears as number | undefined) ?? null,
    minimumServiceYears: (v.minimumServiceYears as number | undefined) ?? null,
    bands: (v.bands as RateTableView['bands'] | undefined) ?? null,
  };
};

// Anyone signed in may read the reference data (it is public figures plus the tenant's own);
// tenant admins add national tables and local points; consultants record a council's LGPS rate.
@Resolver()
export class ReferenceDataResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Query(() => [RateTableView], {
    description:
      "The standard tables merged with the tenant's own (a tenant table with the same start date supersedes); with inForceOn, only those in force on that date",
  })
  async referenceTables(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    // Not `asOf`: that argument means "as the ledger stood then" on every query (platform/as-of-schema.ts).
    @Args('inForceOn', { nullable: true, description: 'A civil date YYYY-MM-DD' }) inForceOn?: string,
    @Args('authorityId', { type: () => ID, nullable: true, description: "Include this council's local pay points" }) authorityId?: string,
  ): Promise<RateTableView[]> {
    const date = inForceOn ? requireCivilDate('inForceOn', inForceOn) : today();
    const state = await loadReferenceData(read, user.tenantId);
    const added = new Set(state.addedTables.map((t) => t.id));
    const tenantMerged = allTablesOf({ ...mergeReferenceData(STANDARD_REFERENCE_DATA, state.addedTables), localPayPoints: [] });
    const local = authorityId ? mergeTables([], state.localPayPoints[visibleAuthority(read, user, authorityId).authorityId] ?? []) : [];
    const byKind = new Map<string, AnyRateTable[]>();
    for (const t of [...tenantMerged, ...local]) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
    const inForceIds = new Set<string>();
    for (const tables of byKind.values()) {
      try {
        inForceIds.add(tableInForce(tables, date).id);
      } catch {
        // none in force on the date for this kind
      }
    }
    const all = [
      ...tenantMerged.map((t) => view(t, added.has(t.id) ? 'tenant' : 'standard', inForceIds.has(t.id))),
      ...local.map((t) => view(t, 'tenant', inForceIds.has(t.id), authorityId!)),
    ];
    return inForceOn ? all.filter((t) => t.inForce) : all;
  }

  @Query(() => [LgpsRateView], { description: "A council's LGPS employer rates by date" })
  async lgpsRates(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('authorityId', { type: () => ID }) authorityId: string,
  ): Promise<LgpsRateView[]> {
    const authority = { id: visibleAuthority(read, user, authorityId).authorityId };
    return lgpsRatesOf(await loadReferenceData(read, user.tenantId), authority.id);
  }

  @Mutation(() => RateTableView, { description: "Adds a national pay or rate table (e.g. next year's NJC spine) for the whole tenant" })
  @Roles('tenant_admin')
  async addPayTable(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddPayTableInput): Promise<RateTableView> {
    if (input.kind === 'local_pay_points')
      throw invalid('INVALID_TABLE_KIND', 'Local pay points belong to one council: use setLocalPayPoints.', { field: 'kind' });
    const id = await addPayTable(this.app, metaFor(user, input), tableOf(input, input.kind) as never);
    const table = (await loadReferenceData(read, user.tenantId)).addedTables.find((t) => t.id === id)!;
    return view(table, 'tenant', false);
  }

  @Mutation(() => RateTableView, { description: "Sets a council's own pay points above the national spine" })
  @Roles('tenant_admin')
  async setLocalPayPoints(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SetLocalPayPointsInput): Promise<RateTableView> {
    const authority = { id: visibleAuthority(read, user, input.authorityId).authorityId };
    const id = await setLocalPayPoints(this.app, metaFor(user, input), authority.id, tableOf(input, 'local_pay_points') as never);
    const table = ((await loadReferenceData(read, user.tenantId)).localPayPoints[authority.id] ?? []).find((t) => t.id === id)!;
    return view(table, 'tenant', false, authority.id);
  }

  @Mutation(() => [LgpsRateView], { description: "Records a council's LGPS employer rate from its fund's certificate" })
  @Roles('tenant_admin', 'consultant')
  async setLgpsEmployerRate(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SetLgpsEmployerRateInput): Promise<LgpsRateView[]> {
    const authority = { id: visibleAuthority(read, user, input.authorityId).authorityId };
    const { rateBp, effectiveFrom, source } = input;
    await setLgpsEmployerRate(this.app, metaFor(user, input), { authorityId: authority.id, rateBp, effectiveFrom, source });
    return lgpsRatesOf(await loadReferenceData(read, user.tenantId), authority.id);
  }
}
