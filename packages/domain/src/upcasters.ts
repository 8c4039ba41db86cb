import { activityUpcasters } from './activity';
import { authorityUpcasters } from './authority';
import { designAuthorityUpcasters } from './authority-decisions';
import { benefitsUpcasters } from './benefits';
import { capacityUpcasters } from './capacity';
import { consultationUpcasters } from './consultation';
import { contractRegisterUpcasters } from './contracts';
import { costingUpcasters } from './costing';
import { fteDealsUpcasters } from './deals';
import { definitionUpcasters } from './definition';
import { functionDesignUpcasters } from './design';
import { establishmentUpcasters } from './establishment';
import { gradingUpcasters } from './grading';
import { handoverUpcasters } from './handover';
import { reassignmentsUpcasters } from './reassignments';
import { templateUpcasters } from './templates';
import { tenancyUpcasters } from './tenancy';
import { upcastWith } from './shared/upcasting';

// By context folder: each context's fixtures live in <context>/__fixtures__/events.
export const upcastersByContext = {
  activity: activityUpcasters,
  authority: authorityUpcasters,
  'authority-decisions': designAuthorityUpcasters,
  benefits: benefitsUpcasters,
  capacity: capacityUpcasters,
  consultation: consultationUpcasters,
  contracts: contractRegisterUpcasters,
  costing: costingUpcasters,
  deals: fteDealsUpcasters,
  definition: definitionUpcasters,
  design: functionDesignUpcasters,
  establishment: establishmentUpcasters,
  grading: gradingUpcasters,
  handover: handoverUpcasters,
  reassignments: reassignmentsUpcasters,
  templates: templateUpcasters,
  tenancy: tenancyUpcasters,
};

// Every context's upcasters in one registry: the stored event types of the domain, each with the
// versions it was ever stored in. `upcast` reads any stored event into today's shape.
export const upcasters = {
  ...activityUpcasters,
  ...authorityUpcasters,
  ...designAuthorityUpcasters,
  ...benefitsUpcasters,
  ...capacityUpcasters,
  ...consultationUpcasters,
  ...contractRegisterUpcasters,
  ...costingUpcasters,
  ...fteDealsUpcasters,
  ...definitionUpcasters,
  ...functionDesignUpcasters,
  ...establishmentUpcasters,
  ...gradingUpcasters,
  ...handoverUpcasters,
  ...reassignmentsUpcasters,
  ...templateUpcasters,
  ...tenancyUpcasters,
};

export type StoredEventType = keyof typeof upcasters;
export const storedEventTypes = Object.keys(upcasters) as StoredEventType[];

export const upcast = upcastWith(upcasters);
