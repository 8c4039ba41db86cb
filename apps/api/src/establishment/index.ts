// What other slices use from establishment: the posts stream, the post rows a user may see, and the import result.
export { establishmentStream } from './establishment.commands';
export { ImportResult } from './establishment.graphql';
export { postModel, type PostReadRow } from './establishment.projector';
export { visiblePosts } from './establishment.read';
