export { handoverKeys, portalProgrammesOptions } from './api/handover.queries';
export { PortalHandover } from './portal-handover';
