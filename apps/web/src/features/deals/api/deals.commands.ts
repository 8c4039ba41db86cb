import { graphql } from '../../../gql';
import { fundingKeys } from '../../funding';
import { taskKeys } from '../../tasks';
import { dealKeys } from './deal.queries';

export const AddDealNoteDocument = graphql(`
  mutation AddDealNote($input: AddDealNoteInput!) {
    addDealNote(input: $input) { id notes { text authorName at } }
  }
`);

export const AgreeFteDealAmendmentDocument = graphql(`
  mutation AgreeFteDealAmendment($input: DealStepInput!) {
    agreeFteDealAmendment(input: $input) { id status version }
  }
`);

export const AgreeFteDealDocument = graphql(`
  mutation AgreeFteDeal($input: DealStepInput!) {
    agreeFteDeal(input: $input) { id status version }
  }
`);

export const CounterFteDealAmendmentDocument = graphql(`
  mutation CounterFteDealAmendment($input: DealOfferInput!) {
    counterFteDealAmendment(input: $input) { id status version }
  }
`);

export const CounterFteDealDocument = graphql(`
  mutation CounterFteDeal($input: DealOfferInput!) {
    counterFteDeal(input: $input) { id status version }
  }
`);

export const ProposeFteDealAmendmentDocument = graphql(`
  mutation ProposeFteDealAmendment($input: DealOfferInput!) {
    proposeFteDealAmendment(input: $input) { id status version }
  }
`);

export const ProposeFteDealDocument = graphql(`
  mutation ProposeFteDeal($input: ProposeFteDealInput!) {
    proposeFteDeal(input: $input) { id status version }
  }
`);

export const RejectFteDealAmendmentDocument = graphql(`
  mutation RejectFteDealAmendment($input: DealStepInput!) {
    rejectFteDealAmendment(input: $input) { id status version }
  }
`);

export const RejectFteDealDocument = graphql(`
  mutation RejectFteDeal($input: DealStepInput!) {
    rejectFteDeal(input: $input) { id status version }
  }
`);

export const WithdrawFteDealDocument = graphql(`
  mutation WithdrawFteDeal($input: DealStepInput!) {
    withdrawFteDeal(input: $input) { id status version }
  }
`);

// A deal step moves the ledger, the funding position and what awaits whom.
export const afterDealStep = { invalidates: [dealKeys.all, fundingKeys.all, taskKeys.all] };
