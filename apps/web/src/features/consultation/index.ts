export { consultationKeys } from './api/consultation.queries';
export { PortalConsultation } from './portal-consultation';
