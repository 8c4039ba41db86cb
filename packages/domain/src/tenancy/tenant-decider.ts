import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import type { CreateTenant, SetPostholderNamePolicy, TenantCommand } from './commands';
import type { PostholderNamePolicySet, TenantCreated, TenantEvent } from './events';
import { evolveTenant, initialTenantState, type TenantState } from './state';

export const MAX_TENANT_NAME = 120;

const createTenant = ({ data }: CreateTenant, state: TenantState): TenantCreated => {
  if (state.status !== 'none') {
    throw conflict('TENANT_ALREADY_EXISTS', 'This consultancy has already been set up.', { tenantId: data.tenantId });
  }
  return { type: 'TenantCreated', data: { tenantId: data.tenantId, name: requireText('name', data.name, { max: MAX_TENANT_NAME }) } };
};

const setPostholderNamePolicy = ({ data }: SetPostholderNamePolicy, state: TenantState): PostholderNamePolicySet[] => {
  if (state.status === 'none') throw notFound('TENANT_NOT_FOUND', 'This consultancy has not been set up yet.');
  if (typeof data.allowNames !== 'boolean') {
    throw invalid('INVALID_POLICY', 'Allow names must be true or false.', { field: 'allowNames' });
  }
  if (state.allowPostholderNames === data.allowNames) return [];
  return [{ type: 'PostholderNamePolicySet', data: { allowNames: data.allowNames } }];
};

export const decideTenant = (command: TenantCommand, state: TenantState): TenantEvent[] => {
  switch (command.type) {
    case 'CreateTenant':
      return [createTenant(command, state)];
    case 'SetPostholderNamePolicy':
      return setPostholderNamePolicy(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown tenant command ${(unknown as { type: string }).type}`);
    }
  }
};

export const tenantDecider: Decider<TenantCommand, TenantEvent, TenantState> = {
  decide: decideTenant,
  evolve: evolveTenant,
  initialState: initialTenantState,
};
