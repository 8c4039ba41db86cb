import { deciderSpec, meta } from '../testing';
import { authorityDecider } from './authority-decider';
import type { AddDirectorate, AddService, RegisterAuthority } from './commands';
import type { AuthorityRegistered, DirectorateAdded, ServiceAdded } from './events';

const spec = deciderSpec(authorityDecider);
const authorityId = '0190a000-0000-7000-8000-0000000000b1';
const adults = '0190a000-0000-7000-8000-0000000000c1';
const place = '0190a000-0000-7000-8000-0000000000c2';
const careServiceId = '0190a000-0000-7000-8000-0000000000d1';

const register = (data: Partial<RegisterAuthority['data']> = {}): RegisterAuthority => ({
  type: 'RegisterAuthority',
  data: { authorityId, name: 'Northshire County Council', kind: 'County council', ...data },
  metadata: meta(),
});
const addDirectorate = (name: string, directorateId = adults): AddDirectorate => ({
  type: 'AddDirectorate',
  data: { directorateId, name },
  metadata: meta(),
});
const addService = (name: string, directorateId = adults, serviceId = careServiceId): AddService => ({
  type: 'AddService',
  data: { serviceId, directorateId, name },
  metadata: meta(),
});

const registered: AuthorityRegistered = {
  type: 'AuthorityRegistered',
  data: { authorityId, name: 'Northshire County Council', kind: 'County council' },
};
const adultsAdded: DirectorateAdded = {
  type: 'DirectorateAdded',
  data: { authorityId, directorateId: adults, name: 'Adult Social Care' },
};
const placeAdded: DirectorateAdded = { type: 'DirectorateAdded', data: { authorityId, directorateId: place, name: 'Place' } };
const careAdded: ServiceAdded = {
  type: 'ServiceAdded',
  data: { authorityId, serviceId: careServiceId, directorateId: adults, name: 'Care Commissioning' },
};

describe('when the authority is not registered', () => {
  it('registers it with trimmed name and kind', () => {
    spec
      .given([])
      .when(register({ name: ' Northshire County Council ', kind: ' County council' }))
      .then([registered]);
  });

  it('validates the name (120) and the kind (60)', () => {
    spec
      .given([])
      .when(register({ name: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(register({ name: 'n'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(register({ kind: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(register({ kind: 'k'.repeat(60) }))
      .then([{ ...registered, data: { ...registered.data, kind: 'k'.repeat(60) } }]);
    spec
      .given([])
      .when(register({ kind: 'k'.repeat(61) }))
      .thenThrows('TEXT_TOO_LONG');
  });

  it('answers directorate and service commands with AUTHORITY_NOT_FOUND', () => {
    spec.given([]).when(addDirectorate('Adult Social Care')).thenThrows('AUTHORITY_NOT_FOUND', 'NOT_FOUND');
    spec.given([]).when(addService('Care Commissioning')).thenThrows('AUTHORITY_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the authority is registered', () => {
  it('refuses to register it again', () => {
    spec.given([registered]).when(register()).thenThrows('AUTHORITY_ALREADY_EXISTS', 'CONFLICT');
  });

  it('adds a directorate', () => {
    spec.given([registered]).when(addDirectorate(' Adult Social Care ')).then([adultsAdded]);
  });

  it('validates the directorate name', () => {
    spec.given([registered]).when(addDirectorate('  ')).thenThrows('TEXT_REQUIRED');
  });

  it('refuses a service before its directorate exists', () => {
    spec.given([registered]).when(addService('Care Commissioning')).thenThrows('DIRECTORATE_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the authority has directorates', () => {
  it('adds a second directorate', () => {
    spec.given([registered, adultsAdded]).when(addDirectorate('Place', place)).then([placeAdded]);
  });

  it('refuses a directorate name already used, ignoring case and spacing', () => {
    spec.given([registered, adultsAdded]).when(addDirectorate('adult  social CARE', place)).thenThrows('DIRECTORATE_NAME_TAKEN', 'BAD_USER_INPUT');
  });

  it('refuses a directorate id already used', () => {
    spec.given([registered, adultsAdded]).when(addDirectorate('Place', adults)).thenThrows('DIRECTORATE_ALREADY_EXISTS');
  });

  it('adds a service to a directorate', () => {
    spec.given([registered, adultsAdded]).when(addService('Care Commissioning ')).then([careAdded]);
  });

  it('refuses a service in a directorate of another authority', () => {
    spec.given([registered, adultsAdded]).when(addService('Highways', place)).thenThrows('DIRECTORATE_NOT_FOUND');
  });

  it('validates the service name', () => {
    spec
      .given([registered, adultsAdded])
      .when(addService('s'.repeat(121)))
      .thenThrows('TEXT_TOO_LONG');
  });
});

describe('when the authority has services', () => {
  const given = [registered, adultsAdded, placeAdded, careAdded];
  const otherServiceId = '0190a000-0000-7000-8000-0000000000d2';

  it('refuses a service name used anywhere in the authority, ignoring case', () => {
    spec
      .given(given)
      .when(addService('care commissioning', place, otherServiceId))
      .thenThrows('SERVICE_NAME_TAKEN', 'BAD_USER_INPUT');
  });

  it('refuses a service id already used', () => {
    spec.given(given).when(addService('Highways', place)).thenThrows('SERVICE_ALREADY_EXISTS');
  });

  it('adds a service with a new name to another directorate', () => {
    spec
      .given(given)
      .when(addService('Highways', place, otherServiceId))
      .then([{ type: 'ServiceAdded', data: { authorityId, serviceId: otherServiceId, directorateId: place, name: 'Highways' } }]);
  });
});

describe('the authority state', () => {
  it('lists directorates and services by their ids, for the API to check references', () => {
    const state = [registered, adultsAdded, careAdded].reduce(authorityDecider.evolve, authorityDecider.initialState);
    expect(state).toEqual({
      status: 'registered',
      authorityId,
      name: 'Northshire County Council',
      kind: 'County council',
      directorates: [{ directorateId: adults, name: 'Adult Social Care' }],
      services: [{ serviceId: careServiceId, name: 'Care Commissioning', directorateId: adults }],
    });
  });
});
