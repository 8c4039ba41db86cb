import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DecisionHistoryFilter } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const auditKeys = {
  all: ['audit'] as const,
  grantedAuthorities: () => [...auditKeys.all, 'granted-authorities'] as const,
  history: (filter: DecisionHistoryFilter, offset: number) => [...auditKeys.all, 'history', filter, offset] as const,
  raw: (authorityId: string, eventId: string) => [...auditKeys.all, 'raw', authorityId, eventId] as const,
  diff: (programmeId: string, from: string, to: string) => [...auditKeys.all, 'diff', programmeId, from, to] as const,
  verification: (authorityId: string) => [...auditKeys.all, 'verification', authorityId] as const,
  accessLog: (offset: number) => [...auditKeys.all, 'access-log', offset] as const,
  publicKey: () => [...auditKeys.all, 'public-key'] as const,
};

export const AuditHomeDocument = graphql(`
  query AuditHome {
    authorities { id name kind programmes { id name } }
  }
`);

export function grantedAuthoritiesOptions() {
  return queryOptions({
    queryKey: auditKeys.grantedAuthorities(),
    queryFn: async () => (await execute(AuditHomeDocument)).authorities,
  });
}

export const DecisionHistoryDocument = graphql(`
  query DecisionHistory($filter: DecisionHistoryFilter!, $first: Int, $offset: Int) {
    decisionHistory(filter: $filter, first: $first, offset: $offset) {
      authorityId total offset contexts eventTypes
      actors { id name role }
      items { eventId position context eventType sentence actorName actorRole occurredAt reason }
    }
  }
`);

export const HISTORY_PAGE = 25;

export function decisionHistoryOptions(filter: DecisionHistoryFilter, offset = 0, first = HISTORY_PAGE) {
  return queryOptions({
    queryKey: auditKeys.history(filter, offset),
    queryFn: async () => (await execute(DecisionHistoryDocument, { filter, first, offset })).decisionHistory,
    placeholderData: keepPreviousData,
  });
}

// The raw event is fetched only when someone opens it.
export const DecisionRawDocument = graphql(`
  query DecisionRaw($filter: DecisionHistoryFilter!) {
    decisionHistory(filter: $filter, first: 1) { items { eventId raw } }
  }
`);

export function decisionRawOptions(authorityId: string, eventId: string) {
  return queryOptions({
    queryKey: auditKeys.raw(authorityId, eventId),
    queryFn: async () => (await execute(DecisionRawDocument, { filter: { authorityId, eventId } })).decisionHistory.items[0]?.raw ?? '',
    staleTime: Infinity, // a stored event never changes
  });
}

export const ProgrammeDiffDocument = graphql(`
  query ProgrammeDiff($programmeId: ID!, $from: String!, $to: String!) {
    programmeDiff(programmeId: $programmeId, from: $from, to: $to) {
      from to
      items { area change label before after causedBy { eventId sentence occurredAt actorName reason } }
    }
  }
`);

export function programmeDiffOptions(programmeId: string, from: string, to: string) {
  return queryOptions({
    queryKey: auditKeys.diff(programmeId, from, to),
    queryFn: async () => (await execute(ProgrammeDiffDocument, { programmeId, from, to })).programmeDiff,
  });
}

export const AuditVerificationDocument = graphql(`
  query AuditVerification($authorityId: ID!) {
    auditVerification(authorityId: $authorityId) {
      ok checkedAt events sealedUpTo unsealedEvents
      streams { streamName events ok reason revision }
      checkpoints { sequence sealedAt upTo streams events ok problems }
      firstBroken { streamName revision eventId reason }
    }
  }
`);

export function auditVerificationOptions(authorityId: string) {
  return queryOptions({
    queryKey: auditKeys.verification(authorityId),
    queryFn: async () => (await execute(AuditVerificationDocument, { authorityId })).auditVerification,
    enabled: false, // runs when the auditor asks for it
  });
}

export const AuditPublicKeyDocument = graphql(`
  query AuditPublicKey { auditPublicKey { algorithm keyId publicKeyPem } }
`);

export function auditPublicKeyOptions() {
  return queryOptions({ queryKey: auditKeys.publicKey(), queryFn: async () => (await execute(AuditPublicKeyDocument)).auditPublicKey, staleTime: Infinity });
}

export const AuditAccessLogDocument = graphql(`
  query AuditAccessLog($first: Int, $offset: Int) {
    auditAccessLog(first: $first, offset: $offset) { total items { id at userName role operation authorityId authorityName } }
  }
`);

export function accessLogOptions(offset = 0) {
  return queryOptions({
    queryKey: auditKeys.accessLog(offset),
    queryFn: async () => (await execute(AuditAccessLogDocument, { first: 50, offset })).auditAccessLog,
    placeholderData: keepPreviousData,
  });
}

export const SealAuditCheckpointDocument = graphql(`
  mutation SealAuditCheckpoint($input: SealAuditCheckpointInput!) { sealAuditCheckpoint(input: $input) { sequence sealedAt upTo streams events } }
`);

export const AuditDealsDocument = graphql(`
  query AuditDeals($programmeId: ID!) {
    fteDeals(programmeId: $programmeId) { id serviceName status fte lastActivityAt }
  }
`);

// The deals of a programme as they stand (or stood, with "As at" set in the shell).
export function auditDealsOptions(programmeId: string) {
  return queryOptions({
    queryKey: [...auditKeys.all, 'deals', programmeId] as const,
    queryFn: async () => (await execute(AuditDealsDocument, { programmeId })).fteDeals,
  });
}
