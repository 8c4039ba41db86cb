import { notFound } from '../platform/api-errors';
import { visibleAuthority } from '../platform/access';
import type { AuthUser } from '../platform/app-context';
import type { ReadSide } from '../platform/read-side';
import { postModel, type PostReadRow } from './establishment.projector';

// The posts a user may see at an authority: a service director only those of their own service.
export const visiblePosts = (read: Pick<ReadSide, 'readModels'>, user: AuthUser, authorityId: string, serviceId?: string | null): PostReadRow[] => {
  const authority = visibleAuthority(read, user, authorityId);
  let rows = read.readModels.list(postModel, user.tenantId, authority.authorityId);
  if (user.role === 'service_director') {
    if (serviceId && serviceId !== user.serviceId) throw notFound('SERVICE_NOT_FOUND', `There is no service with id ${serviceId}.`);
    rows = rows.filter((p) => p.serviceId === user.serviceId);
  } else if (serviceId) rows = rows.filter((p) => p.serviceId === serviceId);
  return rows;
};
