import { DEMO_PASSWORD, type Harness } from './harness';

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

// A council with Grades 8 and 9, the 21.1% LGPS rate of the reference worked example, and a
// chosen option of one full-time and one half-time Grade 9 post.
export const makeCostedProgramme = async (h: Harness, consultant: string, name: string) => {
  const t = await makeAuthority(h, consultant, name);
  const slug = name.toLowerCase().replace(/\W/g, '');
  const users: Record<string, string> = {};
  for (const role of ['HR_PARTNER', 'FINANCE_PARTNER', 'DA_MEMBER']) {
    const email = `${role.toLowerCase()}@${slug}.example`;
    await h.gql(consultant, 'mutation($i: RegisterUserInput!) { registerUser(input: $i) { id } }', {
      i: { email, displayName: `${name} ${role}`, role, password: DEMO_PASSWORD, authorityId: t.authorityId },
    });
    users[role] = await h.signIn(email);
  }
  await h.gql(consultant, 'mutation($i: SetGradeStructureInput!) { setGradeStructure(input: $i) { effectiveFrom } }', {
    i: { authorityId: t.authorityId, effectiveFrom: '2025-04-01', grades: [{ grade: 'Grade 8', minScp: 25, maxScp: 29 }, { grade: 'Grade 9', minScp: 30, maxScp: 33 }] },
  });
  await h.gql(consultant, 'mutation($i: SetLgpsEmployerRateInput!) { setLgpsEmployerRate(input: $i) { rateBp } }', {
    i: { authorityId: t.authorityId, rateBp: 2110, effectiveFrom: '2025-04-01', source: 'Fund R&A certificate 2022 valuation' },
  });
  const o = await h.gql(consultant, 'mutation($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }', { i: { programmeId: t.programmeId, name: 'Option A' } });
  const optionId = o.body.data!.draftDesignOption.optionId as string;
  const posts: Record<string, string> = {};
  for (const [title, fte] of [['Contract Officer', 1000], ['Contract Officer (part-time)', 500]] as const) {
    const r = await h.gql(consultant, 'mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }', {
      i: { programmeId: t.programmeId, optionId, title, grade: 9, fte, responsibilities: ['Monitor supplier KPIs'], indicativeCostPence: 5_000_000 },
    });
    posts[title] = r.body.data!.addDesignPost.designPostId;
  }
  await h.gql(consultant, 'mutation($i: ChooseDesignOptionInput!) { chooseDesignOption(input: $i) { optionId } }', { i: { programmeId: t.programmeId, optionId, reason: 'Preferred' } });
  return { ...t, optionId, posts, users };
};
