import type { AuthorityEvent } from '../events';
import { projectAuthoritySummary, type AuthoritySummary } from './authority-summary';

const authorityId = '0190a000-0000-7000-8000-0000000000b1';
const project = (events: AuthorityEvent[], from: AuthoritySummary | null = null) => events.reduce(projectAuthoritySummary, from);
const registered: AuthorityEvent = {
  type: 'AuthorityRegistered',
  data: { authorityId, name: 'Northshire County Council', kind: 'County council' },
};

describe('projectAuthoritySummary', () => {
  it('builds the structure of directorates and services in the order added', () => {
    expect(
      project([
        registered,
        { type: 'DirectorateAdded', data: { authorityId, directorateId: 'dir-1', name: 'Adult Social Care' } },
        { type: 'DirectorateAdded', data: { authorityId, directorateId: 'dir-2', name: 'Place' } },
        { type: 'ServiceAdded', data: { authorityId, serviceId: 'svc-1', directorateId: 'dir-2', name: 'Highways' } },
        { type: 'ServiceAdded', data: { authorityId, serviceId: 'svc-2', directorateId: 'dir-1', name: 'Care Commissioning' } },
      ]),
    ).toEqual({
      authorityId,
      name: 'Northshire County Council',
      kind: 'County council',
      directorates: [
        { id: 'dir-1', name: 'Adult Social Care' },
        { id: 'dir-2', name: 'Place' },
      ],
      services: [
        { id: 'svc-1', name: 'Highways', directorateId: 'dir-2' },
        { id: 'svc-2', name: 'Care Commissioning', directorateId: 'dir-1' },
      ],
    });
  });

  it('ignores structure events for an authority it has no row for', () => {
    expect(project([{ type: 'DirectorateAdded', data: { authorityId, directorateId: 'dir-1', name: 'Place' } }])).toBeNull();
  });

  it('does not mutate the row it was given', () => {
    const row = project([registered])!;
    project([{ type: 'DirectorateAdded', data: { authorityId, directorateId: 'dir-1', name: 'Place' } }], row);
    expect(row.directorates).toEqual([]);
  });
});
