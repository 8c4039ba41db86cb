import { DEMO_PASSWORD, type Harness } from './harness';

const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id } token } }';
const ACCEPT = 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }';

// A council user as the product makes one: invited (by the tenant admin unless `inviter` is given,
// so that they may approve the consultants' proposals), then the invitee sets their password.
export const addUser = async (h: Harness, input: Record<string, unknown>, inviter?: string) => {
  const { password = DEMO_PASSWORD, ...rest } = input;
  const by = inviter ?? (await h.signIn('admin@meridian.example'));
  const invited = await h.gql(by, INVITE, { i: rest });
  if (!invited.body.data?.inviteUser) throw new Error(`invitation failed: ${JSON.stringify(invited.body.errors)}`);
  const accepted = await h.gql(null, ACCEPT, { i: { token: invited.body.data.inviteUser.token, password } });
  if (!accepted.body.data?.acceptInvitation) throw new Error(`acceptance failed: ${JSON.stringify(accepted.body.errors)}`);
  return { id: invited.body.data.inviteUser.user.id as string, token: accepted.body.data.acceptInvitation.token as string };
};

// A small authority made through the API, so tests can compute its figures by hand.
export const makeAuthority = async (h: Harness, token: string, name: string) => {
  const a = await h.gql(token, 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id } }', { i: { name, kind: 'District council' } });
  const authorityId = a.body.data!.registerAuthority.id as string;
  const d = await h.gql(token, 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { directorates { id } } }', {
    i: { authorityId, name: 'Place' },
  });
  const directorateId = d.body.data!.addDirectorate.directorates[0].id as string;
  const services: Record<string, string> = {};
  for (const s of ['Highways', 'Waste']) {
    const r = await h.gql(token, 'mutation($i: AddServiceInput!) { addService(input: $i) { services { id name } } }', {
      i: { authorityId, directorateId, name: s },
    });
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
    await addUser(h, { email, displayName: `${name} ${role}`, role, authorityId: t.authorityId });
    users[role] = await h.signIn(email);
  }
  await h.gql(consultant, 'mutation($i: SetGradeStructureInput!) { setGradeStructure(input: $i) { effectiveFrom } }', {
    i: {
      authorityId: t.authorityId,
      effectiveFrom: '2025-04-01',
      grades: [
        { grade: 'Grade 8', minScp: 25, maxScp: 29 },
        { grade: 'Grade 9', minScp: 30, maxScp: 33 },
      ],
    },
  });
  await h.gql(consultant, 'mutation($i: SetLgpsEmployerRateInput!) { setLgpsEmployerRate(input: $i) { rateBp } }', {
    i: { authorityId: t.authorityId, rateBp: 2110, effectiveFrom: '2025-04-01', source: 'Fund R&A certificate 2022 valuation' },
  });
  const o = await h.gql(consultant, 'mutation($i: DraftDesignOptionInput!) { draftDesignOption(input: $i) { optionId } }', {
    i: { programmeId: t.programmeId, name: 'Option A' },
  });
  const optionId = o.body.data!.draftDesignOption.optionId as string;
  const posts: Record<string, string> = {};
  for (const [title, fte] of [
    ['Contract Officer', 1000],
    ['Contract Officer (part-time)', 500],
  ] as const) {
    const r = await h.gql(consultant, 'mutation($i: AddDesignPostInput!) { addDesignPost(input: $i) { designPostId } }', {
      i: { programmeId: t.programmeId, optionId, title, grade: 9, fte, responsibilities: ['Monitor supplier KPIs'], indicativeCostPence: 5_000_000 },
    });
    posts[title] = r.body.data!.addDesignPost.designPostId;
  }
  await h.gql(consultant, 'mutation($i: ChooseDesignOptionInput!) { chooseDesignOption(input: $i) { optionId } }', {
    i: { programmeId: t.programmeId, optionId, reason: 'Preferred' },
  });
  return { ...t, optionId, posts, users };
};

// A costed programme whose transition map has three postholders: one slotted in, two at risk
// (one of them part-time), on SCPs of the NJC spine so their gross pay is known.
export const makeConsultationProgramme = async (h: Harness, consultant: string, name: string) => {
  const t = await makeCostedProgramme(h, consultant, name);
  const sheet = [
    'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
    'HWY-1,Highways,Contracts Officer,Grade 9,30,1,EMP-1,no,51300',
    'HWY-2,Highways,Commissioning Officer,Grade 8,25,1,EMP-2,no,45100',
    'WST-1,Waste,Commissioning Officer,Grade 8,27,0.6,EMP-3,no,27060',
  ].join('\n');
  await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
  const listed = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
    id: string;
    reference: string;
  }[];
  const postIds = Object.fromEntries(listed.map((p) => [p.reference, p.id]));
  const decide = (query: string, i: Record<string, unknown>) =>
    h.gql(consultant, query, { i: { programmeId: t.programmeId, reason: 'Assimilation panel', ...i } });
  await decide('mutation($i: RecordSlotInInput!) { recordSlotIn(input: $i) { postId } }', {
    postId: postIds['HWY-1'],
    designPostId: t.posts['Contract Officer'],
    jobMatchPercent: 85,
  });
  for (const ref of ['HWY-2', 'WST-1']) await decide('mutation($i: MarkAtRiskInput!) { markAtRisk(input: $i) { postId } }', { postId: postIds[ref] });
  return { ...t, postIds };
};

// Submits the programme to its Design Authority and has a member approve it outright.
export const approveAtDesignAuthority = async (h: Harness, consultant: string, t: { programmeId: string; users: Record<string, string> }) => {
  const submitted = await h.gql(
    consultant,
    'mutation($i: SubmitToDesignAuthorityInput!) { submitToDesignAuthority(input: $i) { submissions { submissionId } } }',
    {
      i: { programmeId: t.programmeId, consultationOutline: '30-day collective consultation with UNISON' },
    },
  );
  const submissionId = submitted.body.data!.submitToDesignAuthority.submissions.at(-1).submissionId as string;
  const decided = await h.gql(
    t.users.DA_MEMBER,
    'mutation($i: RecordDesignAuthorityDecisionInput!) { recordDesignAuthorityDecision(input: $i) { gate { open } } }',
    {
      i: { programmeId: t.programmeId, submissionId, decision: 'APPROVED', meetingDate: new Date().toISOString().slice(0, 10) },
    },
  );
  return decided.body.data!.recordDesignAuthorityDecision.gate.open as boolean;
};
