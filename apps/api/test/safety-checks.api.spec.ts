// Checks that no test guarded: each test here fails when its check is taken out.
import { DEFAULT_MAX_EVENT_BYTES } from '@orgledger/event-store';
import { base64, IMPORT_POSTS, makeAuthority, makeConsultationProgramme } from './support/fixtures';
import { startHarness, type Harness } from './support/harness';

const IMPORT_CONTRACTS = 'mutation($i: ImportTargetContractsInput!) { importTargetContracts(input: $i) { rowCount created } }';
const CONTRACT_HEADER =
  'Contract ref,Contract title,Provider,Service,Annual value,Total contract value,Start date,End date,Risk rating,VFM concern,VFM note,Contract manager,KPIs,Exemption';

describe('safety checks', () => {
  let h: Harness;
  let consultant: string;
  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
  });
  afterAll(() => h.close());

  it('answers an import whose batch event is over the store limit BAD_USER_INPUT with EVENT_TOO_LARGE, recording nothing', async () => {
    const t = await makeAuthority(h, consultant, 'Largeshire Council');
    // 250 rows (one batch event) of the longest texts allowed, in a 3-byte character: ~1.8 MB of JSON
    const long = (n: number) => '€'.repeat(n);
    const rows = Array.from({ length: 250 }, (_, i) => `BIG-${i},${long(200)},${long(200)},Highways,1000,4000,2025-04-01,2029-03-31,low,yes,${long(2000)},,,`);
    const content = base64([CONTRACT_HEADER, ...rows].join('\n'));
    const res = await h.refused(
      consultant,
      IMPORT_CONTRACTS,
      { i: { programmeId: t.programmeId, fileName: 'contracts.csv', contentBase64: content } },
      'BAD_USER_INPUT',
      'EVENT_TOO_LARGE',
    );
    const error = res.body.errors![0];
    expect(error.message).toMatch(
      /^This change is too large to record in one piece \([\d,]+ bytes; the limit is [\d,]+\)\. Nothing was recorded: import fewer rows at a time or shorten the longest texts\.$/,
    );
    expect(error.extensions!.details).toEqual({ size: expect.any(Number), limit: DEFAULT_MAX_EVENT_BYTES });
    expect(error.extensions!.details.size).toBeGreaterThan(DEFAULT_MAX_EVENT_BYTES);
    expect(JSON.stringify(res.body)).not.toMatch(/ContractsImportedBatch|contractRegister-/);
    expect((await h.gql(consultant, 'query($p: ID!) { targetContracts(programmeId: $p) { id } }', { p: t.programmeId })).body.data!.targetContracts).toEqual(
      [],
    );
  });

  it("shows 'Postholder of …' in the consultation view once a tenant turns names off, for a name stored while they were allowed", async () => {
    const t = await makeConsultationProgramme(h, consultant, 'Nameshire');
    const admin = await h.signIn('admin@meridian.example');
    const policy = (allow: boolean) =>
      h.gql(admin, `mutation { setPostholderNamePolicy(input: { allowNames: ${allow}, reason: "Consultation privacy" }) { allowPostholderNames } }`);
    expect((await policy(true)).body.data!.setPostholderNamePolicy.allowPostholderNames).toBe(true);
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'HWY-1,Highways,Contracts Officer,Grade 9,30,1,EMP-1,no,51300',
      'HWY-2,Highways,Commissioning Officer,Grade 8,25,1,Jane Doe,no,45100',
      'WST-1,Waste,Commissioning Officer,Grade 8,27,0.6,EMP-3,no,27060',
    ].join('\n');
    const imported = await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    expect(imported.body.data!.importPosts).toMatchObject({ updated: 1 });
    const drafted = await h.gql(consultant, 'mutation($i: DraftConsultationPlanInput!) { draftConsultationPlan(input: $i) { planId } }', {
      i: { programmeId: t.programmeId, title: 'Restructure', establishment: 'Civic Centre', proposedDismissals: 2, recognisedUnions: ['UNISON'] },
    });
    const planId = drafted.body.data!.draftConsultationPlan.planId as string;
    const people = async () => {
      const plan = (await h.gql(consultant, 'query($id: ID!) { consultationPlan(planId: $id) { individuals { postReference person } } }', { id: planId })).body
        .data!.consultationPlan;
      return Object.fromEntries(plan.individuals.map((p: { postReference: string; person: string }) => [p.postReference, p.person]));
    };
    expect(await people()).toEqual({ 'HWY-1': 'EMP-1', 'HWY-2': 'Jane Doe', 'WST-1': 'EMP-3' });

    expect((await policy(false)).body.data!.setPostholderNamePolicy.allowPostholderNames).toBe(false);
    expect(await people()).toEqual({ 'HWY-1': 'EMP-1', 'HWY-2': 'Postholder of HWY-2', 'WST-1': 'EMP-3' });
    const view = await h.gql(consultant, 'query($id: ID!) { consultationPlan(planId: $id) { individuals { person } exposure { people { person } } } }', {
      id: planId,
    });
    expect(JSON.stringify(view.body)).not.toContain('Jane Doe');
  });
});
