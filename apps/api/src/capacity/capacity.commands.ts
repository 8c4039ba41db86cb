import { CAPACITY_STREAM_CATEGORY, capacityDecider, type CapacityAssumptions, type CapacityCommand, type CommandMetadata } from '@orgledger/domain';
import { invalid } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { commandHandler } from '../platform/command-handler';
import type { Deps } from '../platform/app-context';

export const capacityStream = (tenantId: string, programmeId: string) => streamName(CAPACITY_STREAM_CATEGORY, tenantId, programmeId);

export type ProgrammeScope = { programmeId: string; authorityId: string };

export class CapacityHandler extends commandHandler(capacityDecider, (command: CapacityCommand, at: ProgrammeScope) =>
  capacityStream(command.metadata.tenantId, at.programmeId),
) {}

// GraphQL carries the hours as a list of {tier, hours}; a tier listed twice would silently collapse
// into one entry of the record the domain takes, so it is refused here.
export const hoursByTier = (list: { tier: string; hours: number }[]): Record<string, number> => {
  const seen = new Set<string>();
  for (const { tier } of list ?? []) {
    if (seen.has(tier)) throw invalid('INVALID_CAPACITY_ASSUMPTIONS', `Tier "${tier}" appears twice; give each tier's hours once.`, { tier });
    seen.add(tier);
  }
  return Object.fromEntries((list ?? []).map(({ tier, hours }) => [tier, hours]));
};

export const setCapacityAssumptions = (
  deps: Deps,
  meta: CommandMetadata,
  scope: ProgrammeScope,
  assumptions: CapacityAssumptions,
  fromTemplateId: string | null = null,
) => deps.send(CapacityHandler, { type: 'SetCapacityAssumptions', data: { ...assumptions, fromTemplateId }, metadata: meta }, scope);
