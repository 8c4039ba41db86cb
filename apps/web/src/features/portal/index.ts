export { PortalHeading } from './components/portal-heading';
