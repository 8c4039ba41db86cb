import type { Decider } from '../shared/decider';
import { conflict } from '../shared/errors';
import { requireText } from '../shared/values';
import type { CreateTenant, TenantCommand } from './commands';
import type { TenantCreated, TenantEvent } from './events';
import { evolveTenant, initialTenantState, type TenantState } from './state';

export const MAX_TENANT_NAME = 120;

const createTenant = ({ data }: CreateTenant, state: TenantState): TenantCreated => {
  if (state.status !== 'none') {
    throw conflict('TENANT_ALREADY_EXISTS', 'This consultancy has already been set up.', { tenantId: data.tenantId });
  }
  return { type: 'TenantCreated', data: { tenantId: data.tenantId, name: requireText('name', data.name, { max: MAX_TENANT_NAME }) } };
};

export const decideTenant = (command: TenantCommand, state: TenantState): TenantEvent[] => {
  switch (command.type) {
    case 'CreateTenant':
      return [createTenant(command, state)];
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown tenant command ${unknown}`);
    }
  }
};

export const tenantDecider: Decider<TenantCommand, TenantEvent, TenantState> = {
  decide: decideTenant,
  evolve: evolveTenant,
  initialState: initialTenantState,
};
