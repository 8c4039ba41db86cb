export { fundingKeys } from './api/funding.queries';
export { FundingSummary } from './components/funding-summary';
