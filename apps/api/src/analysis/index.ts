// What other slices use from analysis: the taxonomy stream and its seeding, and each post's activity shares.
export { seedTaxonomy, TaxonomyHandler, taxonomyStream } from './analysis.commands';
export { activitySharesModel } from './analysis.projector';
export { activityAnalysisOf } from './analysis.read';
