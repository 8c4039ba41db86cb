import type { ReferenceDataErrorCode } from '@orgledger/reference-data';
import { activityErrorCodes, type ActivityErrorCode } from './activity';
import { authorityErrorCodes, type AuthorityErrorCode } from './authority';
import { designAuthorityErrorCodes, type DesignAuthorityErrorCode } from './authority-decisions';
import { benefitsErrorCodes, type BenefitsErrorCode } from './benefits';
import { capacityErrorCodes, type CapacityErrorCode } from './capacity';
import { consultationErrorCodes, type ConsultationErrorCode } from './consultation';
import { contractRegisterErrorCodes, type ContractRegisterErrorCode } from './contracts';
import { costingErrorCodes, type CostingErrorCode } from './costing';
import { fteDealErrorCodes, type FteDealErrorCode } from './deals';
import { definitionErrorCodes, type DefinitionErrorCode } from './definition';
import { functionDesignErrorCodes, type FunctionDesignErrorCode } from './design';
import { establishmentErrorCodes, type EstablishmentErrorCode } from './establishment';
import { gradingErrorCodes, type GradingErrorCode } from './grading';
import { handoverErrorCodes, type HandoverErrorCode } from './handover';
import { reassignmentsErrorCodes, type ReassignmentsErrorCode } from './reassignments';
import { templateErrorCodes, type TemplateErrorCode } from './templates';
import { tenancyErrorCodes, type TenancyErrorCode } from './tenancy';
import { sharedErrorCodes, type SharedErrorCode } from './shared/errors';

// Every code the domain can throw: each context's list, the shared kernel's and reference data's.
// The API maps each to a GraphQL kind in one exhaustive Record, so a new code without a kind fails to compile.
export type DomainErrorCode =
  | SharedErrorCode
  | ReferenceDataErrorCode
  | ActivityErrorCode
  | AuthorityErrorCode
  | DesignAuthorityErrorCode
  | BenefitsErrorCode
  | CapacityErrorCode
  | ConsultationErrorCode
  | ContractRegisterErrorCode
  | CostingErrorCode
  | FteDealErrorCode
  | DefinitionErrorCode
  | FunctionDesignErrorCode
  | EstablishmentErrorCode
  | GradingErrorCode
  | HandoverErrorCode
  | ReassignmentsErrorCode
  | TemplateErrorCode
  | TenancyErrorCode;

export const domainErrorCodes: readonly DomainErrorCode[] = [
  ...new Set<DomainErrorCode>([
    ...sharedErrorCodes,
    ...activityErrorCodes,
    ...authorityErrorCodes,
    ...designAuthorityErrorCodes,
    ...benefitsErrorCodes,
    ...capacityErrorCodes,
    ...consultationErrorCodes,
    ...contractRegisterErrorCodes,
    ...costingErrorCodes,
    ...fteDealErrorCodes,
    ...definitionErrorCodes,
    ...functionDesignErrorCodes,
    ...establishmentErrorCodes,
    ...gradingErrorCodes,
    ...handoverErrorCodes,
    ...reassignmentsErrorCodes,
    ...templateErrorCodes,
    ...tenancyErrorCodes,
  ]),
];
