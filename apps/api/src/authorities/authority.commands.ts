import { authorityDecider, programmeDecider, requireId, type AuthorityCommand, type CommandMetadata, type ProgrammeCommand } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';
import { seedTaxonomy } from '../analysis';
import { commandHandler, expectedRevisionOf } from '../platform/command-handler';

const authorityStream = (tenantId: string, authorityId: string) => streamName('authority', tenantId, authorityId);

// One stream per authority, and one per programme (its events carry the authority).
export class AuthorityHandler extends commandHandler(authorityDecider, (command: AuthorityCommand, at: { authorityId: string }) =>
  authorityStream(command.metadata.tenantId, at.authorityId),
) {}
export class ProgrammeHandler extends commandHandler(programmeDecider, (command: ProgrammeCommand, _at: { authorityId: string }) =>
  streamName('programme', command.metadata.tenantId, command.data.programmeId),
) {}

export const registerAuthority = async (deps: Deps, meta: CommandMetadata, input: { name: string; kind: string }) => {
  const authorityId = derivedUuid(meta.commandId, 'authority');
  await deps.send(AuthorityHandler, { type: 'RegisterAuthority', data: { authorityId, name: input.name, kind: input.kind }, metadata: meta }, { authorityId });
  return authorityId;
};

type Expected = { expectedRevision?: number | null };
export const addDirectorate = async (deps: Deps, meta: CommandMetadata, input: { authorityId: string; name: string } & Expected) => {
  const authorityId = requireId('authorityId', input.authorityId);
  const directorateId = derivedUuid(meta.commandId, 'directorate');
  await deps.send(
    AuthorityHandler,
    { type: 'AddDirectorate', data: { directorateId, name: input.name }, metadata: meta },
    { authorityId, ...expectedRevisionOf(input) },
  );
  return directorateId;
};

export const addService = async (deps: Deps, meta: CommandMetadata, input: { authorityId: string; directorateId: string; name: string } & Expected) => {
  const authorityId = requireId('authorityId', input.authorityId);
  const directorateId = requireId('directorateId', input.directorateId);
  const serviceId = derivedUuid(meta.commandId, 'service');
  await deps.send(
    AuthorityHandler,
    { type: 'AddService', data: { serviceId, directorateId, name: input.name }, metadata: meta },
    { authorityId, ...expectedRevisionOf(input) },
  );
  return serviceId;
};

export const startProgramme = async (deps: Deps, meta: CommandMetadata, input: { authorityId: string; name: string; objective: string }) => {
  const authorityId = requireId('authorityId', input.authorityId);
  const authority = await loadState(deps.store, authorityStream(meta.tenantId, authorityId), authorityDecider);
  if (authority.status === 'none') throw notFound('AUTHORITY_NOT_FOUND', `There is no authority with id ${authorityId}.`);
  const programmeId = derivedUuid(meta.commandId, 'programme');
  await deps.send(
    ProgrammeHandler,
    { type: 'StartProgramme', data: { programmeId, authorityId, name: input.name, objective: input.objective }, metadata: meta },
    { authorityId },
  );
  // Every programme starts with the standard contract-management activities, for consultants to edit.
  await seedTaxonomy(deps, meta, { programmeId, authorityId });
  return programmeId;
};
