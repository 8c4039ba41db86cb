// Public API of @orgledger/reference-data: dated UK local-government reference tables and pure
// lookups over them. The lower layer: it imports nothing from @orgledger/domain.
export * from './civil-date';
export * from './errors';
export * from './rate-table';
export * from './lookup';
export * from './standard';
export * from './tables/njc-pay-spine';
export * from './tables/employer-ni';
export * from './tables/apprenticeship-levy';
export * from './tables/statutory-redundancy';
export * from './consultation-rules';
export * from './pay-awards';
export * from './employer-ni-relief';
export * from './lgps-pensionable-pay';
