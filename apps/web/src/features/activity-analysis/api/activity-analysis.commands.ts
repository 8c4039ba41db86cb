import { graphql } from '../../../gql';
import { analysisKeys } from './analysis.queries';

export const AddActivityDocument = graphql(`
  mutation AddActivity($input: AddActivityInput!) {
    addActivity(input: $input) { id }
  }
`);

export const RenameActivityDocument = graphql(`
  mutation RenameActivity($input: RenameActivityInput!) {
    renameActivity(input: $input) { id }
  }
`);

export const RetireActivityDocument = graphql(`
  mutation RetireActivity($input: RetireActivityInput!) {
    retireActivity(input: $input) { id }
  }
`);

export const SeedActivityTaxonomyDocument = graphql(`
  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {
    seedActivityTaxonomy(input: $input) { id }
  }
`);

export const SubmitActivityReturnDocument = graphql(`
  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {
    submitActivityReturn(input: $input) { returnId posts }
  }
`);

export const afterAnalysisChange = { invalidates: [analysisKeys.all] };
