import {
  authorityDecider,
  establishmentDecider,
  MAX_IMPORT_ROWS,
  requireText,
  tenantDecider,
  type CommandMetadata,
  type EstablishmentCommand,
  type PostFields,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';
import { readSheet, type ColumnSpec } from '../imports';
import { commandHandler } from '../platform/command-handler';

export const establishmentStream = (tenantId: string, authorityId: string) => streamName('establishment', tenantId, authorityId);

// One establishment stream per authority.
export class EstablishmentHandler extends commandHandler(establishmentDecider, (command: EstablishmentCommand, at: { authorityId: string }) =>
  establishmentStream(command.metadata.tenantId, at.authorityId),
) {}

export const POST_COLUMNS: ColumnSpec[] = [
  { key: 'reference', label: 'Reference', aliases: ['post reference', 'post ref', 'ref', 'post id', 'post number'], required: true },
  { key: 'service', label: 'Service', aliases: ['service name', 'team'], required: true },
  { key: 'title', label: 'Title', aliases: ['job title', 'post title', 'role'], required: true },
  { key: 'grade', label: 'Grade', aliases: ['pay grade', 'band'], required: true },
  { key: 'scp', label: 'SCP', aliases: ['spinal column point', 'spinal point', 'pay point'], required: false },
  { key: 'fte', label: 'FTE', aliases: ['full time equivalent'], required: true },
  { key: 'postholderRef', label: 'Postholder', aliases: ['postholder ref', 'postholder reference', 'employee ref', 'employee reference'], required: false },
  { key: 'vacant', label: 'Vacant', aliases: ['vacancy', 'is vacant'], required: false },
  { key: 'budgetedAnnualCost', label: 'Budgeted annual cost', aliases: ['annual cost', 'budget', 'cost', 'budgeted cost'], required: true },
];

// What the establishment decider needs to know about the authority beyond its own stream.
const authorityFacts = async (deps: Deps, tenantId: string, authorityId: string) => {
  const authority = await loadState(deps.store, streamName('authority', tenantId, authorityId), authorityDecider);
  const services = authority.status === 'none' ? [] : authority.services;
  const tenant = await loadState(deps.store, streamName('tenant', tenantId, tenantId), tenantDecider);
  return {
    knownServices: services.map((s) => ({ serviceId: s.serviceId, name: s.name })),
    knownServiceIds: services.map((s) => s.serviceId),
    allowPostholderNames: tenant.status === 'none' ? false : tenant.allowPostholderNames,
  };
};

export type PostInput = Omit<PostFields, 'postId'>;

export const addPost = async (deps: Deps, meta: CommandMetadata, authorityId: string, post: PostInput) => {
  const postId = derivedUuid(meta.commandId, 'post');
  const facts = await authorityFacts(deps, meta.tenantId, authorityId);
  await deps.send(
    EstablishmentHandler,
    {
      type: 'AddPost',
      data: { post: { ...post, postId }, knownServiceIds: facts.knownServiceIds, allowPostholderNames: facts.allowPostholderNames },
      metadata: meta,
    },
    { authorityId },
  );
  return postId;
};

export const updatePost = async (deps: Deps, meta: CommandMetadata, authorityId: string, post: PostFields, expectedRevision?: bigint) => {
  const facts = await authorityFacts(deps, meta.tenantId, authorityId);
  await deps.send(
    EstablishmentHandler,
    { type: 'UpdatePost', data: { post, knownServiceIds: facts.knownServiceIds, allowPostholderNames: facts.allowPostholderNames }, metadata: meta },
    { authorityId, ...(expectedRevision === undefined ? {} : { expectedRevision }) },
  );
  return post.postId;
};

export const removePost = async (deps: Deps, meta: CommandMetadata, authorityId: string, postId: string) => {
  await deps.send(EstablishmentHandler, { type: 'RemovePost', data: { postId }, metadata: meta }, { authorityId });
  return postId;
};

// An import is one decision: every row is accepted or none is. Post ids for new references are
// derived from the command id, so a retried import assigns the same ids.
export const importPosts = async (deps: Deps, meta: CommandMetadata, input: { authorityId: string; fileName: string; contentBase64: string }) => {
  const fileName = requireText('fileName', input.fileName, { max: 200 });
  const rows = await readSheet(fileName, input.contentBase64, POST_COLUMNS, MAX_IMPORT_ROWS);
  const facts = await authorityFacts(deps, meta.tenantId, input.authorityId);
  const importId = derivedUuid(meta.commandId, 'import');
  const postIdsByReference: Record<string, string> = {};
  for (const r of rows) {
    const ref = r.cells.reference.toUpperCase();
    if (ref) postIdsByReference[ref] = derivedUuid(meta.commandId, 'post', ref);
  }
  const outcome = await deps.send(
    EstablishmentHandler,
    {
      type: 'ImportPosts',
      data: {
        importId,
        fileName,
        rows: rows.map((r) => ({ row: r.row, ...(r.cells as Record<string, string>) })) as never,
        postIdsByReference,
        knownServices: facts.knownServices,
        allowPostholderNames: facts.allowPostholderNames,
      },
      metadata: meta,
    },
    { authorityId: input.authorityId },
  );
  const summary = outcome.events.find((e) => e.type === 'EstablishmentImported');
  return { importId, ...(summary?.data as { fileName: string; rowCount: number; created: number; updated: number; unchanged: number }) };
};
