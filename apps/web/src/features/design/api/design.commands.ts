import { graphql } from '../../../gql';
import { costingKeys } from '../../costing';
import { fundingKeys } from '../../funding';
import { reassignmentKeys } from '../../reassignments';
import { designKeys } from './design.queries';

export const AddDesignPostDocument = graphql(`
  mutation AddDesignPost($input: AddDesignPostInput!) {
    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export const ChooseDesignOptionDocument = graphql(`
  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {
    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export const DraftDesignOptionDocument = graphql(`
  mutation DraftDesignOption($input: DraftDesignOptionInput!) {
    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export const RemoveDesignPostDocument = graphql(`
  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {
    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export const RenameDesignOptionDocument = graphql(`
  mutation RenameDesignOption($input: RenameDesignOptionInput!) {
    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export const ReviseDesignPostDocument = graphql(`
  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {
    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

// The chosen option is what the funding position needs and what the transition map fills, so a
// change to the design moves all three.
export const afterDesignChange = { invalidates: [designKeys.all, fundingKeys.all, reassignmentKeys.all] };

export const SetFunctionGoLiveDateDocument = graphql(`
  mutation SetFunctionGoLiveDate($input: SetFunctionGoLiveDateInput!) {
    setFunctionGoLiveDate(input: $input) { programmeId goLiveDate revision }
  }
`);

// The go-live date moves what every costed page shows for a year.
export const afterGoLiveChange = { invalidates: [designKeys.all, fundingKeys.all, costingKeys.all] };
