import { graphql } from '../../../gql';
import { establishmentKeys } from './establishment.queries';

export const AddPostDocument = graphql(`
  mutation AddPost($input: AddPostInput!) {
    addPost(input: $input) { id reference }
  }
`);

// All or nothing: a rejected sheet comes back as BAD_USER_INPUT with `details.problems`.
export const ImportPostsDocument = graphql(`
  mutation ImportPosts($input: ImportSheetInput!) {
    importPosts(input: $input) { importId fileName rowCount created updated unchanged }
  }
`);

export const RemovePostDocument = graphql(`
  mutation RemovePost($input: RemovePostInput!) {
    removePost(input: $input)
  }
`);

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) { id reference }
  }
`);

export const afterEstablishmentChange = { invalidates: [establishmentKeys.all] };
