// What other slices use from tenancy: the tenant rows.
export { tenantModel } from './tenancy.projector';
