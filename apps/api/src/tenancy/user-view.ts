import { visibleAuthorityIds, type UserAccount } from '@orgledger/domain';
import type { ReadSide } from '../platform/read-side';
import { cachedList, cachedRow } from '../platform/read-cache';
import type { Me, User } from './tenancy.graphql';
import { tenantModel } from './tenancy.projector';
import { authorityModel } from '../platform/access-models';

export const toUser = (u: UserAccount): User => ({
  id: u.userId,
  ...u,
  role: u.role,
  status: (u.status ?? (u.active ? 'active' : 'deactivated')).toUpperCase(),
  invitedBy: u.invitedBy?.displayName ?? null,
});

export const meOf = (read: Pick<ReadSide, 'readModels'>, account: UserAccount, tenantId: string): Me => {
  const tenant = cachedRow(read.readModels, tenantModel, tenantId, tenantId);
  const all = cachedList(read.readModels, authorityModel, tenantId).map((a) => a.authorityId);
  return {
    id: account.userId,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    tenantId,
    tenantName: tenant?.name ?? '',
    authorityId: account.authorityId,
    serviceId: account.serviceId,
    authorityIds: visibleAuthorityIds(account, all),
  };
};
