import type { CommandMetadata } from '../shared/decider';
import { forbidden } from './errors';
import type { DealSide } from './events';

export type ActingSide = { side: DealSide; onBehalfOfService: boolean };

type Asking = { serviceId: string; actorServiceId?: string | null; onBehalfOfService?: boolean };

// Consultants and tenant admins speak for the programme, or for the service when they say they act
// on the director's behalf. A service director speaks for their own service only.
export const actingSide = (metadata: CommandMetadata, { serviceId, actorServiceId, onBehalfOfService }: Asking): ActingSide => {
  const { role } = metadata.actor;
  if (role === 'consultant' || role === 'tenant_admin') {
    return onBehalfOfService === true ? { side: 'service', onBehalfOfService: true } : { side: 'programme', onBehalfOfService: false };
  }
  if (role === 'service_director') {
    if (actorServiceId !== serviceId) {
      throw forbidden('NOT_YOUR_SERVICE', 'A service director can negotiate deals for their own service only; this deal is with another service.', {
        serviceId,
      });
    }
    return { side: 'service', onBehalfOfService: false };
  }
  throw forbidden('DEAL_ACTION_NOT_ALLOWED', 'Only consultants, tenant admins and the service director of the service concerned can act on an FTE deal.', {
    role,
  });
};

export const requireProgrammeSide = (acting: ActingSide, action: string): void => {
  if (acting.side === 'programme') return;
  throw forbidden(
    'PROGRAMME_SIDE_ONLY',
    `Only the programme side (a consultant or tenant admin) can ${action}. The service side answers with a counter-offer, an agreement or a rejection.`,
    { side: acting.side },
  );
};
