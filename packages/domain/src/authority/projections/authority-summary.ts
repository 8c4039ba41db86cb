import type { AuthorityEvent } from '../events';

export type AuthoritySummary = {
  authorityId: string;
  name: string;
  kind: string;
  directorates: { id: string; name: string }[];
  services: { id: string; name: string; directorateId: string }[];
};

export const projectAuthoritySummary = (row: AuthoritySummary | null, event: AuthorityEvent): AuthoritySummary | null => {
  if (event.type === 'AuthorityRegistered') {
    const { authorityId, name, kind } = event.data;
    return { authorityId, name, kind, directorates: [], services: [] };
  }
  if (!row) return row;
  switch (event.type) {
    case 'DirectorateAdded':
      return { ...row, directorates: [...row.directorates, { id: event.data.directorateId, name: event.data.name }] };
    case 'ServiceAdded': {
      const { serviceId, name, directorateId } = event.data;
      return { ...row, services: [...row.services, { id: serviceId, name, directorateId }] };
    }
    default:
      return row;
  }
};
