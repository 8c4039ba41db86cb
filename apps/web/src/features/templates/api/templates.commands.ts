import { graphql } from '../../../gql';
import { templateKeys } from './templates.queries';

export const ApplyTemplateDocument = graphql(`
  mutation ApplyTemplate($input: ApplyTemplateInput!) {
    applyTemplate(input: $input) { programmeId templateId activities tiers }
  }
`);

export const RetireTemplateDocument = graphql(`
  mutation RetireTemplate($input: RetireTemplateInput!) {
    retireTemplate(input: $input) { id name retired }
  }
`);

export const SaveProgrammeAsTemplateDocument = graphql(`
  mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {
    saveProgrammeAsTemplate(input: $input) { id name }
  }
`);

export const afterTemplateChange = { invalidates: [templateKeys.all] };
