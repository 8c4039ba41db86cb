export { EntityHistory } from './components/entity-history';
