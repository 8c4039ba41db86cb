export { ServiceDeals } from './components/service-deals';
export { decimalFteToThousandths, parseCivilDate, poundsToPence } from './components/terms-form-values';
