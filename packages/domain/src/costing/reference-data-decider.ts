import { allTablesOf, payPointsOf, type NationalRateTable } from '@orgledger/reference-data';
import type { CommandMetadata, Decider } from '../shared/decider';
import { conflict, forbidden, invalid } from './errors';
import { formatPence, requireId } from '../shared/values';
import type { AddPayTable, ReferenceDataCommand, SetLgpsEmployerRate, SetLocalPayPoints } from './commands';
import type { LgpsEmployerRateSet, LocalPayPointsSet, PayTableAdded, ReferenceDataEvent } from './events';
import { validateLgpsRate } from './lgps-rate';
import { inForce } from './reference-lookup';
import { evolveReferenceData, initialReferenceDataState, lgpsRatesOf, referenceDataOf, type ReferenceDataState } from './state';
import { validateRateTable } from './table-validation';

const NATIONAL_KINDS = ['njc_pay_spine', 'employer_ni', 'apprenticeship_levy', 'statutory_redundancy'] as const;

// National tables change every council's costs in the tenant, so only a tenant admin adds them.
const requireTenantAdmin = (metadata: CommandMetadata, action: string): void => {
  if (metadata.actor.role === 'tenant_admin') return;
  throw forbidden('REFERENCE_DATA_ADMIN_ONLY', `Only a tenant admin can ${action}.`, { role: metadata.actor.role });
};

// Ids are never reused, across the standard tables and every table the tenant has added, so the
// id a computation recorded always names one table.
const requireNewId = (state: ReferenceDataState, id: string): void => {
  const taken = [...allTablesOf(referenceDataOf(state)), ...Object.values(state.localPayPoints).flat()].some((table) => table.id === id);
  if (taken) throw conflict('TABLE_ID_TAKEN', `A table with id ${id} already exists; give this one its own id, such as ${id}-v2.`, { id });
};

const addPayTable = ({ data, metadata }: AddPayTable, state: ReferenceDataState): PayTableAdded => {
  requireTenantAdmin(metadata, 'add national pay or rate tables');
  if ((data?.table as { kind?: unknown } | undefined)?.kind === 'local_pay_points') {
    throw invalid('INVALID_TABLE_KIND', 'Local pay points belong to one council: set them on the council with its own points above the spine.', {
      field: 'kind',
    });
  }
  const table: NationalRateTable = validateRateTable(data?.table, NATIONAL_KINDS);
  requireNewId(state, table.id);
  return { type: 'PayTableAdded', data: { table } };
};

// A council's own points sit above the national spine in force when they start: higher SCPs, and
// higher pay than the spine's top point.
const setLocalPayPoints = ({ data, metadata }: SetLocalPayPoints, state: ReferenceDataState): LocalPayPointsSet => {
  requireTenantAdmin(metadata, "set a council's local pay points");
  const authorityId = requireId('authorityId', data.authorityId);
  const table = validateRateTable(data.table, ['local_pay_points'] as const);
  requireNewId(state, table.id);
  const spine = inForce(referenceDataOf(state).paySpine, table.effectiveFrom);
  const top = payPointsOf(spine).at(-1) ?? 0;
  const [lowest] = payPointsOf(table);
  if (lowest <= top || table.values.points[lowest] <= spine.values.points[top]) {
    throw invalid(
      'LOCAL_POINTS_NOT_ABOVE_SPINE',
      `Local pay points sit above the spine: the spine in force on ${table.effectiveFrom} (${spine.id}) tops out at SCP ${top}, ` +
        `${formatPence(spine.values.points[top])}; the lowest local point is SCP ${lowest}, ${formatPence(table.values.points[lowest])}.`,
      { field: 'points', spineTableId: spine.id, topScp: top },
    );
  }
  return { type: 'LocalPayPointsSet', data: { authorityId, table } };
};

// The LGPS rate comes from the council's fund certificate, which the consultant costing the
// council holds; consultants and tenant admins may record it. Setting the same rate again is a no-op.
const setLgpsEmployerRate = ({ data, metadata }: SetLgpsEmployerRate, state: ReferenceDataState): LgpsEmployerRateSet[] => {
  const { role } = metadata.actor;
  if (role !== 'tenant_admin' && role !== 'consultant') {
    throw forbidden('LGPS_RATE_NOT_ALLOWED', "Only a consultant or tenant admin can record a council's LGPS employer rate.", { role });
  }
  const authorityId = requireId('authorityId', data.authorityId);
  const rate = validateLgpsRate(data);
  const current = lgpsRatesOf(state, authorityId).find((r) => r.effectiveFrom === rate.effectiveFrom);
  if (current && current.rateBp === rate.rateBp && current.source === rate.source) return [];
  return [{ type: 'LgpsEmployerRateSet', data: { authorityId, ...rate } }];
};

export const decideReferenceData = (command: ReferenceDataCommand, state: ReferenceDataState): ReferenceDataEvent[] => {
  switch (command.type) {
    case 'AddPayTable':
      return [addPayTable(command, state)];
    case 'SetLocalPayPoints':
      return [setLocalPayPoints(command, state)];
    case 'SetLgpsEmployerRate':
      return setLgpsEmployerRate(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown reference data command ${(unknown as { type: string }).type}`);
    }
  }
};

export const referenceDataDecider: Decider<ReferenceDataCommand, ReferenceDataEvent, ReferenceDataState> = {
  decide: decideReferenceData,
  evolve: evolveReferenceData,
  initialState: initialReferenceDataState,
};
