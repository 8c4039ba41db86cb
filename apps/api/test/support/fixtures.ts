import type { Harness } from './harness';

// A small authority made through the API, so tests can compute its figures by hand.
export const makeAuthority = async (h: Harness, token: string, name: string) => {
  const a = await h.gql(token, 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id } }', { i: { name, kind: 'District council' } });
  const authorityId = a.body.data!.registerAuthority.id as string;
  const d = await h.gql(token, 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { directorates { id } } }', { i: { authorityId, name: 'Place' } });
  const directorateId = d.body.data!.addDirectorate.directorates[0].id as string;
  const services: Record<string, string> = {};
  for (const s of ['Highways', 'Waste']) {
    const r = await h.gql(token, 'mutation($i: AddServiceInput!) { addService(input: $i) { services { id name } } }', { i: { authorityId, directorateId, name: s } });
    for (const x of r.body.data!.addService.services) services[x.name] = x.id;
  }
  const p = await h.gql(token, 'mutation($i: StartProgrammeInput!) { startProgramme(input: $i) { id } }', {
    i: { authorityId, name: 'Contract management', objective: 'Central contract-management function' },
  });
  return { authorityId, services, programmeId: p.body.data!.startProgramme.id as string };
};

export const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

export const IMPORT_POSTS = 'mutation($i: ImportSheetInput!) { importPosts(input: $i) { fileName rowCount created updated unchanged } }';
