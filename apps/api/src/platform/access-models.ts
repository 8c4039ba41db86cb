import {
  projectAuthoritySummary,
  projectProgrammeSummary,
  projectUserAccount,
  type AuthoritySummary,
  type ProgrammeSummary,
  type UserAccount,
} from '@orgledger/domain';
import { defineReadModel, domainEventOf, idAfterTenant } from './read-model';

// The read models every request's access checks read (who is signed in, which authorities and
// programmes they may see): the platform's own, so that it depends on no slice.
export const userAccountModel = defineReadModel<UserAccount>({
  name: 'userAccount',
  categories: ['user'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
  // An account registered before invitations was created by the actor of its registration.
  evolve: (row, e) => projectUserAccount(row, domainEventOf(e), { userId: e.metadata.actor.userId, displayName: e.metadata.actor.displayName }),
});

// The revision lets a screen send back what it showed, so a concurrent change is a CONFLICT.
export type AuthorityRow = AuthoritySummary & { revision: number };

export const authorityModel = defineReadModel<AuthorityRow>({
  name: 'authoritySummary',
  categories: ['authority'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
  evolve: (row, e) => {
    const next = projectAuthoritySummary(row, domainEventOf(e));
    return next && { ...next, revision: Number(e.revision) };
  },
});

export const programmeModel = defineReadModel<ProgrammeSummary>({
  name: 'programmeSummary',
  categories: ['programme'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e), parentId: e.metadata.authorityId ?? null }),
  evolve: (row, e) => projectProgrammeSummary(row, domainEventOf(e)),
});
