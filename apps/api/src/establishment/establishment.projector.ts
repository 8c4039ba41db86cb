import { postRowsFrom, type EstablishmentEvent, type PostFields } from '@orgledger/domain';
import { defineReadModel, domainEventOf, idAfterTenant } from '../platform/read-model';

export type PostReadRow = PostFields & { authorityId: string };

// One row per as-is post, under its authority; an import sets thousands of rows outright.
export const postModel = defineReadModel<PostReadRow>({
  name: 'post',
  categories: ['establishment'],
  rows: (e) => {
    const authorityId = idAfterTenant(e);
    return postRowsFrom(domainEventOf<EstablishmentEvent>(e)).map(({ postId, row }) => ({
      tenantId: e.metadata.tenantId,
      id: postId,
      parentId: authorityId,
      row: row && { ...row, authorityId },
    }));
  },
});
