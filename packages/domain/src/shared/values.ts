export * from './values/text';
export * from './values/fte';
export * from './values/money';
export * from './values/civil-date';
export { fieldLabel } from './values/label';
export * from './values/civil-months';
export * from './values/financial-year';
