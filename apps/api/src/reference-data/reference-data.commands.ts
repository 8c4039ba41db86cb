import {
  lgpsRatesOf,
  referenceDataDecider,
  referenceDataOf,
  requireId,
  type CommandMetadata,
  type ReferenceDataCommand,
  type ReferenceDataState,
} from '@orgledger/domain';
import type { LocalPayPointsTable, NationalRateTable } from '@orgledger/reference-data';
import { streamName } from '@orgledger/event-store';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';
import { commandHandler, type Undated } from '../platform/command-handler';

// One stream per tenant holds all of its reference data: `referenceData-<tenantId>_<tenantId>`.
export const referenceDataStream = (tenantId: string) => streamName('referenceData', tenantId, tenantId);

export const loadReferenceData = (deps: Pick<Deps, 'store'>, tenantId: string): Promise<ReferenceDataState> =>
  loadState(deps.store, referenceDataStream(tenantId), referenceDataDecider);

// The tables and LGPS rates a costing for one council uses, as they stand now.
export const costingTablesOf = async (deps: Pick<Deps, 'store'>, tenantId: string, authorityId: string) => {
  const state = await loadReferenceData(deps, tenantId);
  return { state, tables: referenceDataOf(state, authorityId), lgps: lgpsRatesOf(state, authorityId) };
};

// One reference-data stream per tenant; a council's local pay points name their authority.
export class ReferenceDataHandler extends commandHandler(referenceDataDecider, (command: ReferenceDataCommand) =>
  referenceDataStream(command.metadata.tenantId),
) {}

const run = (deps: Deps, meta: CommandMetadata, command: Undated<ReferenceDataCommand>, authorityId?: string) =>
  deps.send(ReferenceDataHandler, { ...command, metadata: meta }, authorityId ? { authorityId } : {});

export const addPayTable = async (deps: Deps, meta: CommandMetadata, table: NationalRateTable) => {
  await run(deps, meta, { type: 'AddPayTable', data: { table } });
  return table.id;
};

export const setLocalPayPoints = async (deps: Deps, meta: CommandMetadata, authorityId: string, table: LocalPayPointsTable) => {
  await run(deps, meta, { type: 'SetLocalPayPoints', data: { authorityId: requireId('authorityId', authorityId), table } }, authorityId);
  return table.id;
};

export const setLgpsEmployerRate = async (
  deps: Deps,
  meta: CommandMetadata,
  input: { authorityId: string; rateBp: number; effectiveFrom: string; source: string },
) => {
  await run(deps, meta, { type: 'SetLgpsEmployerRate', data: { ...input, authorityId: requireId('authorityId', input.authorityId) } }, input.authorityId);
};
