import { codeOf, DEMO_PASSWORD, startHarness } from './support/harness';
import { addUser, base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const DEAL = `id status fte agreedFte offerFte awaiting version rounds serviceName
  terms { fte budgetTotalPence sourcePosts { reference fte } budget { financialYear pence } }
  offerTerms { fte } history { side action sentence actorName actorRole reason onBehalfOfService }`;
const PROPOSE = `mutation($i: ProposeFteDealInput!) { proposeFteDeal(input: $i) { ${DEAL} } }`;
const COUNTER = `mutation($i: DealOfferInput!) { counterFteDeal(input: $i) { ${DEAL} } }`;
const AGREE = `mutation($i: DealStepInput!) { agreeFteDeal(input: $i) { ${DEAL} } }`;
const WITHDRAW = `mutation($i: DealStepInput!) { withdrawFteDeal(input: $i) { status } }`;
const AMEND = `mutation($i: DealOfferInput!) { proposeFteDealAmendment(input: $i) { ${DEAL} } }`;
const AGREE_AMENDMENT = `mutation($i: DealStepInput!) { agreeFteDealAmendment(input: $i) { ${DEAL} } }`;
const FUNDING =
  'query($p: ID!) { fundingPosition(programmeId: $p) { agreedFte pipelineFte neededFte gapFte byYear { financialYear agreedPence pipelinePence } } }';

describe('FTE deals', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let consultant: string;
  let director: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let post: Record<string, string>;
  const terms = (parts: [string, number][], pence: number, rationale = 'Contract monitoring moves to the central team') => ({
    sourcePosts: parts.map(([ref, fte]) => ({ postId: post[ref], fte })),
    budget: [{ financialYear: '2026/27', pence }],
    effectiveDate: '2027-04-01',
    linkedChange: 'Highways restructure phase 2',
    rationale,
  });

  beforeAll(async () => {
    h = await startHarness();
    consultant = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, consultant, 'Dealshire Council');
    const sheet = [
      'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
      'HWY-1,Highways,Officer,G6,17,0.6,EMP-1,no,36400',
      'HWY-2,Highways,Engineer,G9,29,1,EMP-2,no,50200',
      'WST-1,Waste,Officer,G6,17,1,,yes,36400',
    ].join('\n');
    await h.gql(consultant, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(sheet) } });
    const posts = (await h.gql(consultant, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    post = Object.fromEntries(posts.map((p) => [p.reference, p.id]));
    for (const [email, service] of [
      ['roads@dealshire.example', 'Highways'],
      ['bins@dealshire.example', 'Waste'],
    ]) {
      await addUser(h, {
        email,
        displayName: `${service} Director`,
        role: 'SERVICE_DIRECTOR',
        password: DEMO_PASSWORD,
        authorityId: t.authorityId,
        serviceId: t.services[service],
      });
    }
    director = await h.signIn('roads@dealshire.example');
  });
  afterAll(() => h.close());

  it('reads as a negotiation: proposed, countered by the director in the portal, countered again, agreed; funding updates', async () => {
    const proposed = await h.gql(consultant, PROPOSE, {
      i: {
        programmeId: t.programmeId,
        serviceId: t.services.Highways,
        terms: terms(
          [
            ['HWY-1', 600],
            ['HWY-2', 200],
          ],
          4_120_000,
        ),
        reason: 'Opening offer',
      },
    });
    const deal = proposed.body.data!.proposeFteDeal;
    expect(deal).toMatchObject({ status: 'PROPOSED', fte: 800, awaiting: 'SERVICE', serviceName: 'Highways', version: 1 });
    const c1 = await h.gql(director, COUNTER, {
      i: {
        dealId: deal.id,
        expectedVersion: 1,
        terms: terms(
          [
            ['HWY-1', 400],
            ['HWY-2', 200],
          ],
          3_090_000,
        ),
        reason: 'HWY-1 keeps the permit scheme',
      },
    });
    expect(c1.body.data!.counterFteDeal).toMatchObject({ status: 'COUNTERED', fte: 600, awaiting: 'PROGRAMME', version: 2 });
    const c2 = await h.gql(consultant, COUNTER, {
      i: {
        dealId: deal.id,
        terms: terms(
          [
            ['HWY-1', 500],
            ['HWY-2', 200],
          ],
          3_600_000,
        ),
        reason: 'Meet in the middle',
      },
    });
    expect(c2.body.data!.counterFteDeal.awaiting).toBe('SERVICE');
    const c3 = await h.gql(director, COUNTER, {
      i: {
        dealId: deal.id,
        terms: terms(
          [
            ['HWY-1', 400],
            ['HWY-2', 200],
          ],
          3_090_000,
        ),
        reason: 'Final position',
      },
    });
    const agreed = await h.gql(consultant, AGREE, {
      i: { dealId: deal.id, expectedVersion: c3.body.data!.counterFteDeal.version, reason: 'Agreed at the programme board' },
    });
    const a = agreed.body.data!.agreeFteDeal;
    expect(a).toMatchObject({ status: 'AGREED', fte: 600, agreedFte: 600, awaiting: null, rounds: 4 });
    expect(a.terms.sourcePosts).toEqual([
      { reference: 'HWY-1', fte: 400 },
      { reference: 'HWY-2', fte: 200 },
    ]);
    expect(a.history.map((s: { actorName: string; action: string }) => `${s.actorName}: ${s.action}`)).toEqual([
      'Alex Morgan: proposed',
      'Highways Director: countered',
      'Alex Morgan: countered',
      'Highways Director: countered',
      'Alex Morgan: agreed',
    ]);
    expect(a.history[1].sentence).toContain('0.800 → 0.600 FTE, £41,200.00 → £30,900.00');
    expect(a.history[1].sentence).toContain('HWY-1 keeps the permit scheme');
    const funding = (await h.gql(consultant, FUNDING, { p: t.programmeId })).body.data!.fundingPosition;
    expect(funding).toMatchObject({ agreedFte: 600, pipelineFte: 0 });
    expect(funding.byYear).toContainEqual(expect.objectContaining({ financialYear: '2026/27', agreedPence: 3_090_000 }));
  });

  it('refuses over-release and a double promise of a post fraction, appending nothing', async () => {
    const before = await h.eventCount();
    const over = await h.gql(consultant, PROPOSE, { i: { programmeId: t.programmeId, serviceId: t.services.Highways, terms: terms([['HWY-1', 700]], 100) } });
    expect(over.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(over.body.errors![0].message).toContain('HWY-1');
    // HWY-1 (0.6) is 0.4 promised in the agreed deal: 0.3 more is one fraction too many.
    const twice = await h.gql(consultant, PROPOSE, { i: { programmeId: t.programmeId, serviceId: t.services.Highways, terms: terms([['HWY-1', 300]], 100) } });
    expect(twice.body.errors![0].extensions!.errorCode).toBe('POST_ALREADY_PROMISED');
    const wrongService = await h.gql(consultant, PROPOSE, {
      i: { programmeId: t.programmeId, serviceId: t.services.Waste, terms: terms([['HWY-2', 100]], 100) },
    });
    expect(codeOf(wrongService.body)).toBe('BAD_USER_INPUT');
    expect(await h.eventCount()).toBe(before);
  });

  it('keeps agreed terms frozen except through an amendment that is agreed again', async () => {
    const deal = (await h.gql(consultant, '{ fteDeals(programmeId: "' + t.programmeId + '") { id status version } }')).body.data!.fteDeals.find(
      (d: { status: string }) => d.status === 'AGREED',
    );
    const frozen = await h.gql(consultant, COUNTER, { i: { dealId: deal.id, terms: terms([['HWY-1', 300]], 100), reason: 'Try again' } });
    expect(frozen.body.errors![0].extensions!.errorCode).toBe('DEAL_TERMS_FROZEN');
    const amended = await h.gql(consultant, AMEND, {
      i: {
        dealId: deal.id,
        terms: terms(
          [
            ['HWY-1', 400],
            ['HWY-2', 300],
          ],
          3_600_000,
        ),
        reason: 'Add invoice checking',
      },
    });
    expect(amended.body.data!.proposeFteDealAmendment).toMatchObject({ status: 'AMENDMENT_PROPOSED', agreedFte: 600, offerTerms: { fte: 700 } });
    const pipeline = (await h.gql(consultant, FUNDING, { p: t.programmeId })).body.data!.fundingPosition;
    expect(pipeline).toMatchObject({ agreedFte: 600, pipelineFte: 100 });
    const done = await h.gql(director, AGREE_AMENDMENT, { i: { dealId: deal.id, reason: 'Fine by Highways' } });
    expect(done.body.data!.agreeFteDealAmendment).toMatchObject({ status: 'AGREED', agreedFte: 700 });
  });

  it('lets only the director of that service act for it, or a consultant on their behalf (recorded)', async () => {
    const opened = (
      await h.gql(consultant, PROPOSE, { i: { programmeId: t.programmeId, serviceId: t.services.Waste, terms: terms([['WST-1', 500]], 1_000_000) } })
    ).body.data!.proposeFteDeal;
    const before = await h.eventCount();
    expect(codeOf((await h.gql(director, AGREE, { i: { dealId: opened.id } })).body)).toBe('NOT_FOUND');
    const own = await h.gql(consultant, AGREE, { i: { dealId: opened.id } });
    expect(own.body.errors![0].extensions!.errorCode).toBe('CANNOT_ACCEPT_OWN_OFFER');
    const auditor = await h.signIn('auditor@meridian.example');
    expect(codeOf((await h.gql(auditor, AGREE, { i: { dealId: opened.id } })).body)).toBe('FORBIDDEN');
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, AGREE, { i: { dealId: opened.id } })).body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
    const onBehalf = await h.gql(consultant, AGREE, { i: { dealId: opened.id, onBehalfOfService: true, reason: 'Director agreed by email on 20 November' } });
    const last = onBehalf.body.data!.agreeFteDeal.history.at(-1);
    expect(last).toMatchObject({ side: 'SERVICE', onBehalfOfService: true, actorRole: 'consultant' });
  });

  it('lets one of two users acting on the same deal version win; the other gets CONFLICT', async () => {
    const opened = (
      await h.gql(consultant, PROPOSE, { i: { programmeId: t.programmeId, serviceId: t.services.Highways, terms: terms([['HWY-2', 100]], 500_000) } })
    ).body.data!.proposeFteDeal;
    const [a, b] = await Promise.all([
      h.gql(director, COUNTER, { i: { dealId: opened.id, expectedVersion: opened.version, terms: terms([['HWY-2', 50]], 250_000), reason: 'Half' } }),
      h.gql(consultant, WITHDRAW, { i: { dealId: opened.id, expectedVersion: opened.version, reason: 'Not needed' } }),
    ]);
    const codes = [a, b].map((r) => (r.body.errors ? codeOf(r.body) : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    // Whichever won, once the deal is withdrawn a counter on it is refused.
    const status = (await h.gql(consultant, `query($id: ID!) { fteDeal(id: $id) { status } }`, { id: opened.id })).body.data!.fteDeal.status;
    if (status !== 'WITHDRAWN') await h.gql(consultant, WITHDRAW, { i: { dealId: opened.id, reason: 'Not needed after all' } });
    const late = await h.gql(director, COUNTER, { i: { dealId: opened.id, terms: terms([['HWY-2', 50]], 250_000), reason: 'Too late' } });
    expect(late.body.errors![0].extensions!.errorCode).toBe('DEAL_CLOSED');
  });

  it('shows a service director only their own service’s deals', async () => {
    const mine = (await h.gql(director, `{ fteDeals(programmeId: "${t.programmeId}") { serviceName } }`)).body.data!.fteDeals;
    expect(new Set(mine.map((d: { serviceName: string }) => d.serviceName))).toEqual(new Set(['Highways']));
  });

  it('seeds the demo with deals at five services in different states', async () => {
    const programme = (await h.gql(consultant, `query($a: ID) { programmes(authorityId: $a) { id } }`, { a: h.demo.authorities.northshire })).body.data!
      .programmes[0];
    const deals = (await h.gql(consultant, `query($p: ID!) { fteDeals(programmeId: $p) { serviceName status rounds awaiting } }`, { p: programme.id })).body
      .data!.fteDeals;
    const byService = Object.fromEntries(deals.map((d: { serviceName: string }) => [d.serviceName, d]));
    expect(byService).toMatchObject({
      Highways: { status: 'AGREED', rounds: 2 },
      'Waste and Recycling': { status: 'COUNTERED', rounds: 4, awaiting: 'PROGRAMME' },
      'Adult Social Care': { status: 'REJECTED' },
      'Home to School Transport': { status: 'PROPOSED', awaiting: 'SERVICE' },
      'Adults Commissioning': { status: 'AGREED' },
    });
  });

  it('lists what awaits each user: the director sees offers to answer, the consultant counter-offers', async () => {
    const demoDirector = await h.signIn('director.highways@northshire.example');
    const waste = await h.signIn('director.waste@northshire.example');
    const tasks = (token: string) =>
      h.gql(token, '{ awaitingMe { kind title entityId } }').then((r) => r.body.data!.awaitingMe as { kind: string; title: string }[]);
    expect((await tasks(consultant)).filter((t) => t.kind === 'fte_deal').map((t) => t.title)).toContainEqual(
      expect.stringMatching(/^Answer the Waste and Recycling FTE deal/),
    );
    expect((await tasks(waste)).filter((t) => t.kind === 'fte_deal')).toEqual([]);
    const highways = await tasks(demoDirector);
    expect(highways.every((t) => !t.title.includes('Waste'))).toBe(true);
  });
});
