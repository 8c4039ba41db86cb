import { asStored, type Upcasters } from '../shared/upcasting';
import { withVersion2Defaults, type DesignPostInput } from './design-post';
import type { DesignOptionDrafted, DesignPostAdded, DesignPostRevised, FunctionDesignEvent } from './events';

// Version 1 posts (before apprenticeship, age band and allowances were recorded) read as not an
// apprenticeship, age band unknown, no allowances: what the costing assumed for them until then.
type WithV1Post<D, K extends 'post' | 'posts'> = Omit<D, K> & (K extends 'post' ? { post: DesignPostInput } : { posts: DesignPostInput[] });
const postV1 = <D extends { post: unknown }>(data: unknown): D => {
  const v1 = data as WithV1Post<D, 'post'>;
  return { ...v1, post: withVersion2Defaults(v1.post) } as unknown as D;
};
const draftedV1 = (data: unknown): DesignOptionDrafted['data'] => {
  const v1 = data as WithV1Post<DesignOptionDrafted['data'], 'posts'>;
  return { ...v1, posts: v1.posts.map(withVersion2Defaults) };
};

// Every stored version of each event of this context, read into today's shape.
export const functionDesignUpcasters: Upcasters<FunctionDesignEvent> = {
  DesignOptionDrafted: { 1: draftedV1, 2: asStored },
  DesignOptionRenamed: { 1: asStored },
  DesignPostAdded: { 1: postV1<DesignPostAdded['data']>, 2: asStored },
  DesignPostRevised: { 1: postV1<DesignPostRevised['data']>, 2: asStored },
  DesignPostRemoved: { 1: asStored },
  DesignOptionChosen: { 1: asStored },
  FunctionGoLiveDateSet: { 1: asStored },
};
