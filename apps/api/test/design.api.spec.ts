import type { RecordedEvent } from '@orgledger/event-store';
import { codeOf, startHarness, type GqlBody } from './support/harness';
import { makeAuthority } from './support/fixtures';

const OPTION_FIELDS = `id name description chosen layers
  posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence }
  orgChart { designPostId title layer reportsTo directReports }
  checks { rule message designPostId } totals { posts fte indicativeCostPence }`;
const DESIGN_FIELDS = `programmeId chosenOptionId chosenReason revision options { ${OPTION_FIELDS} }`;
const DESIGN = `query($p: ID!) { functionDesign(programmeId: $p) { ${DESIGN_FIELDS} } }`;
const COMPARE = 'query($p: ID!) { compareDesignOptions(programmeId: $p) { optionId name chosen posts fte indicativeCostPence checks } }';
const change = (name: string, input: string) => `mutation($i: ${input}!) { ${name}(input: $i) { optionId designPostId design { ${DESIGN_FIELDS} } } }`;
const DRAFT = change('draftDesignOption', 'DraftDesignOptionInput');
const RENAME = change('renameDesignOption', 'RenameDesignOptionInput');
const ADD = change('addDesignPost', 'AddDesignPostInput');
const REVISE = change('reviseDesignPost', 'ReviseDesignPostInput');
const REMOVE = change('removeDesignPost', 'RemoveDesignPostInput');
const CHOOSE = change('chooseDesignOption', 'ChooseDesignOptionInput');

const UNKNOWN = '0190a0a0-0000-7000-8000-00000000dead';
const CONSULTANT = { role: 'consultant', displayName: 'Alex Morgan' };

type Post = {
  title: string;
  grade: number;
  fte: number;
  reportsTo?: string | null;
  responsibilities: string[];
  jdReference?: string | null;
  indicativeCostPence: number;
};
const role = (title: string, grade: number, reportsTo: string | null = null, fte = 1000): Post => ({
  title,
  grade,
  fte,
  reportsTo,
  responsibilities: [`${title}: manage contracts`],
  jdReference: `JD-${grade}`,
  indicativeCostPence: grade * 500_000,
});

describe('function design', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let optionA: string;
  const ids: Record<string, string> = {};

  // Runs one request and answers with what it appended to the store.
  const run = async (tok: string, query: string, i: Record<string, unknown>) => {
    const before = await h.eventCount();
    const res = await h.gql(tok, query, { i });
    const events = (await h.eventsSince(null)).slice(before);
    return { body: res.body, events };
  };
  const ok = (body: GqlBody) => {
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const expectDecision = (events: RecordedEvent[], type: string, reason?: string) => {
    expect(events.map((e) => e.type)).toEqual([type]);
    expect(events[0].streamName).toBe(`functionDesign-${h.demo.tenantId}_${t.programmeId}`);
    expect(events[0].metadata).toMatchObject({ tenantId: h.demo.tenantId, authorityId: t.authorityId, actor: CONSULTANT, ...(reason ? { reason } : {}) });
    return events[0].data as Record<string, any>;
  };
  const design = async (tok = token) => ok((await h.gql(tok, DESIGN, { p: t.programmeId })).body).functionDesign;

  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Designshire Council');
  });
  afterAll(() => h.close());

  it('shows an empty design before the first option, with no revision yet', async () => {
    expect(await design()).toEqual({ programmeId: t.programmeId, chosenOptionId: null, chosenReason: null, revision: null, options: [] });
  });

  it('drafts an option and records who drafted it and why', async () => {
    const { body, events } = await run(token, DRAFT, {
      programmeId: t.programmeId,
      name: 'Hub and spoke',
      description: 'Spokes in directorates',
      reason: 'Workshop 1',
    });
    const result = ok(body).draftDesignOption;
    optionA = result.optionId;
    expect(expectDecision(events, 'DesignOptionDrafted', 'Workshop 1')).toEqual({
      optionId: optionA,
      name: 'Hub and spoke',
      description: 'Spokes in directorates',
      copiedFromOptionId: null,
      posts: [],
    });
    expect(result.design).toMatchObject({
      revision: 0,
      options: [{ id: optionA, name: 'Hub and spoke', chosen: false, posts: [], totals: { posts: 0, fte: 0, indicativeCostPence: 0 } }],
    });
  });

  it('adds posts with reporting lines, and shows the org chart by layer with its checks and totals', async () => {
    for (const [key, post] of [
      ['head', role('Head of Contract Management', 13)],
      ['manager', role('Contract Manager', 11, 'head')],
      ['officer', role('Contract Officer', 9, 'manager', 600)],
    ] as const) {
      const withManager = { ...post, reportsTo: post.reportsTo && ids[post.reportsTo] };
      const { body, events } = await run(token, ADD, { programmeId: t.programmeId, optionId: optionA, ...withManager, reason: `Adding the ${key}` });
      const added = ok(body).addDesignPost;
      ids[key] = added.designPostId;
      expect(expectDecision(events, 'DesignPostAdded', `Adding the ${key}`)).toEqual({
        optionId: optionA,
        // typed without them: not an apprenticeship, age band unknown, no allowances
        post: { designPostId: ids[key], ...withManager, apprenticeship: false, holderAgeBand: null, allowances: [] },
      });
    }
    const option = (await design()).options[0];
    expect(option.orgChart).toEqual([
      { designPostId: ids.head, title: 'Head of Contract Management', layer: 1, reportsTo: null, directReports: 1 },
      { designPostId: ids.manager, title: 'Contract Manager', layer: 2, reportsTo: ids.head, directReports: 1 },
      { designPostId: ids.officer, title: 'Contract Officer', layer: 3, reportsTo: ids.manager, directReports: 0 },
    ]);
    expect(option.layers).toBe(3);
    expect(option.totals).toEqual({ posts: 3, fte: 2600, indicativeCostPence: 6_500_000 + 5_500_000 + 4_500_000 });
    expect(option.checks).toEqual([
      { rule: 'SINGLE_REPORT', designPostId: ids.head, message: 'Head of Contract Management manages only one post; consider merging the two layers.' },
      { rule: 'SINGLE_REPORT', designPostId: ids.manager, message: 'Contract Manager manages only one post; consider merging the two layers.' },
    ]);
  });

  it('revises a post, naming the fields that changed', async () => {
    const revised = { ...role('Contract Manager (People)', 11, ids.head), responsibilities: ['Manage adult social care contracts', 'Run KPI meetings'] };
    const { body, events } = await run(token, REVISE, {
      programmeId: t.programmeId,
      optionId: optionA,
      designPostId: ids.manager,
      ...revised,
      reason: 'Portfolio agreed',
    });
    expect(ok(body).reviseDesignPost.designPostId).toBe(ids.manager);
    expect(expectDecision(events, 'DesignPostRevised', 'Portfolio agreed')).toMatchObject({
      changed: ['title', 'responsibilities'],
      refinesChosenOption: false,
    });
    const post = (await design()).options[0].posts.find((p: { id: string }) => p.id === ids.manager);
    expect(post).toMatchObject({ title: 'Contract Manager (People)', responsibilities: ['Manage adult social care contracts', 'Run KPI meetings'] });
  });

  it('renames an option', async () => {
    const { body, events } = await run(token, RENAME, {
      programmeId: t.programmeId,
      optionId: optionA,
      name: 'Option A: hub and spoke',
      reason: 'Board paper naming',
    });
    expect(ok(body).renameDesignOption.design.options[0].name).toBe('Option A: hub and spoke');
    expect(expectDecision(events, 'DesignOptionRenamed', 'Board paper naming')).toEqual({
      optionId: optionA,
      name: 'Option A: hub and spoke',
      description: 'Spokes in directorates',
    });
  });

  it('drafts a copy of an option with new post ids and the same reporting lines', async () => {
    const { body, events } = await run(token, DRAFT, {
      programmeId: t.programmeId,
      name: 'Option B: central team',
      copyFromOptionId: optionA,
      reason: 'Board asked for an alternative',
    });
    const { optionId, design: after } = ok(body).draftDesignOption;
    const data = expectDecision(events, 'DesignOptionDrafted', 'Board asked for an alternative');
    expect(data.copiedFromOptionId).toBe(optionA);
    const copy = after.options.find((o: { id: string }) => o.id === optionId);
    const original = after.options.find((o: { id: string }) => o.id === optionA);
    expect(copy.posts.map((p: { title: string }) => p.title)).toEqual(original.posts.map((p: { title: string }) => p.title));
    expect(copy.posts.some((p: { id: string }) => Object.values(ids).includes(p.id))).toBe(false);
    const byId = new Map(copy.posts.map((p: { id: string; title: string }) => [p.id, p.title]));
    expect(copy.posts.map((p: { reportsTo: string | null }) => (p.reportsTo ? byId.get(p.reportsTo) : null))).toEqual([
      null,
      'Head of Contract Management',
      'Contract Manager (People)',
    ]);
    ids.copyHead = copy.posts[0].id;
    ids.copyManager = copy.posts[1].id;
    ids.copyOfficer = copy.posts[2].id;
    ids.optionB = optionId;
  });

  it('removes a post and moves its reports up to its manager', async () => {
    const { body, events } = await run(token, REMOVE, {
      programmeId: t.programmeId,
      optionId: ids.optionB,
      designPostId: ids.copyManager,
      reason: 'One layer fewer',
    });
    expect(ok(body).removeDesignPost).toMatchObject({ optionId: ids.optionB, designPostId: ids.copyManager });
    expect(expectDecision(events, 'DesignPostRemoved', 'One layer fewer')).toEqual({
      optionId: ids.optionB,
      designPostId: ids.copyManager,
      reassignedReports: [ids.copyOfficer],
      reportsNowTo: ids.copyHead,
      refinesChosenOption: false,
    });
    const b = (await design()).options[1];
    expect(b.orgChart.map((e: { designPostId: string; layer: number }) => [e.designPostId, e.layer])).toEqual([
      [ids.copyHead, 1],
      [ids.copyOfficer, 2],
    ]);
  });

  it('chooses between two options, recording the reason, and can change the choice with a new reason', async () => {
    const first = await run(token, CHOOSE, { programmeId: t.programmeId, optionId: ids.optionB, reason: 'Fewer layers, clearer accountability' });
    expect(ok(first.body).chooseDesignOption.design).toMatchObject({ chosenOptionId: ids.optionB, chosenReason: 'Fewer layers, clearer accountability' });
    expect(expectDecision(first.events, 'DesignOptionChosen', 'Fewer layers, clearer accountability')).toEqual({
      optionId: ids.optionB,
      reason: 'Fewer layers, clearer accountability',
      previousOptionId: null,
    });
    const second = await run(token, CHOOSE, { programmeId: t.programmeId, optionId: optionA, reason: 'Directors want managers in their directorates' });
    expect(expectDecision(second.events, 'DesignOptionChosen', 'Directors want managers in their directorates')).toEqual({
      optionId: optionA,
      reason: 'Directors want managers in their directorates',
      previousOptionId: ids.optionB,
    });
    const now = await design();
    expect(now.options.map((o: { chosen: boolean }) => o.chosen)).toEqual([true, false]);
    expect(now.chosenReason).toBe('Directors want managers in their directorates');
    const compared = ok((await h.gql(token, COMPARE, { p: t.programmeId })).body).compareDesignOptions;
    expect(compared).toEqual([
      { optionId: optionA, name: 'Option A: hub and spoke', chosen: true, posts: 3, fte: 2600, indicativeCostPence: 16_500_000, checks: 2 },
      { optionId: ids.optionB, name: 'Option B: central team', chosen: false, posts: 2, fte: 1600, indicativeCostPence: 11_000_000, checks: 1 },
    ]);
  });

  it('refuses a reporting cycle, unknown ids, bad values and a choice without reason, appending nothing', async () => {
    const before = await h.eventCount();
    const cycle = await h.gql(token, REVISE, {
      i: { programmeId: t.programmeId, optionId: optionA, designPostId: ids.head, ...role('Head of Contract Management', 13, ids.officer) },
    });
    expect(cycle.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'REPORTING_CYCLE' });
    const self = await h.gql(token, REVISE, {
      i: { programmeId: t.programmeId, optionId: optionA, designPostId: ids.head, ...role('Head of Contract Management', 13, ids.head) },
    });
    expect(self.body.errors![0].extensions!.errorCode).toBe('REPORTING_CYCLE');
    const unknownManager = await h.gql(token, ADD, { i: { programmeId: t.programmeId, optionId: optionA, ...role('Analyst', 10, UNKNOWN) } });
    expect(codeOf(unknownManager.body)).toBe('NOT_FOUND');
    const otherOptionsManager = await h.gql(token, ADD, { i: { programmeId: t.programmeId, optionId: optionA, ...role('Analyst', 10, ids.copyHead) } });
    expect(codeOf(otherOptionsManager.body)).toBe('NOT_FOUND');
    for (const input of [
      { optionId: UNKNOWN, ...role('Analyst', 10, null) },
      { optionId: ids.optionB, designPostId: ids.head },
    ]) {
      const query = 'designPostId' in input ? REMOVE : ADD;
      expect(codeOf((await h.gql(token, query, { i: { programmeId: t.programmeId, ...input } })).body)).toBe('NOT_FOUND');
    }
    expect(codeOf((await h.gql(token, RENAME, { i: { programmeId: t.programmeId, optionId: UNKNOWN, name: 'X' } })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(token, CHOOSE, { i: { programmeId: t.programmeId, optionId: UNKNOWN, reason: 'Because' } })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(token, DRAFT, { i: { programmeId: t.programmeId, name: 'Copy', copyFromOptionId: UNKNOWN } })).body)).toBe('NOT_FOUND');
    const grade = await h.gql(token, ADD, { i: { programmeId: t.programmeId, optionId: optionA, ...role('Analyst', 25, null) } });
    expect(grade.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'INVALID_GRADE' });
    const fte = await h.gql(token, ADD, { i: { programmeId: t.programmeId, optionId: optionA, ...role('Analyst', 10, null, 0) } });
    expect(codeOf(fte.body)).toBe('BAD_USER_INPUT');
    const taken = await h.gql(token, DRAFT, { i: { programmeId: t.programmeId, name: 'option a: HUB AND SPOKE' } });
    expect(taken.body.errors![0].extensions!.errorCode).toBe('OPTION_NAME_TAKEN');
    const noReason = await h.gql(token, CHOOSE, { i: { programmeId: t.programmeId, optionId: ids.optionB, reason: '  ' } });
    expect(codeOf(noReason.body)).toBe('BAD_USER_INPUT');
    const missingReason = await h.gql(token, CHOOSE, { i: { programmeId: t.programmeId, optionId: ids.optionB } });
    expect(codeOf(missingReason.body)).toBe('BAD_USER_INPUT');
    const empty = ok((await h.gql(token, DRAFT, { i: { programmeId: t.programmeId, name: 'Empty option' } })).body).draftDesignOption.optionId;
    const afterDraft = await h.eventCount();
    const chooseEmpty = await h.gql(token, CHOOSE, { i: { programmeId: t.programmeId, optionId: empty, reason: 'Cheapest' } });
    expect(chooseEmpty.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'OPTION_EMPTY' });
    expect(afterDraft).toBe(before + 1);
    expect(await h.eventCount()).toBe(afterDraft);
  });

  it('lets exactly one of two concurrent edits made from the same revision win; the other gets CONFLICT', async () => {
    const { revision } = await design();
    const before = await h.eventCount();
    const results = await Promise.all(
      ['Commercial Analyst', 'Supplier Relationship Lead'].map((title) =>
        h.gql(token, ADD, { i: { programmeId: t.programmeId, optionId: optionA, ...role(title, 10, ids.head), expectedRevision: revision } }),
      ),
    );
    const codes = results.map((r) => codeOf(r.body) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await h.eventCount()).toBe(before + 1);
    const winner = results.find((r) => !r.body.errors)!.body.data!.addDesignPost.design;
    expect(winner.revision).toBe(revision + 1);
    const stale = await h.gql(token, RENAME, { i: { programmeId: t.programmeId, optionId: optionA, name: 'Late rename', expectedRevision: revision } });
    expect(stale.body.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', errorCode: 'STALE_REVISION' } });
    const fresh = await h.gql(token, RENAME, {
      i: { programmeId: t.programmeId, optionId: optionA, name: 'Option A: hub and spoke (v2)', expectedRevision: winner.revision },
    });
    expect(fresh.body.data!.renameDesignOption.design.revision).toBe(winner.revision + 1);
  });

  it('answers NOT_FOUND to another tenant for every operation, appending nothing', async () => {
    const other = await h.signIn(h.other.adminEmail);
    const before = await h.eventCount();
    const p = t.programmeId;
    expect(codeOf((await h.gql(other, DESIGN, { p })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(other, COMPARE, { p })).body)).toBe('NOT_FOUND');
    const attempts: [string, Record<string, unknown>][] = [
      [DRAFT, { programmeId: p, name: 'Intruder' }],
      [RENAME, { programmeId: p, optionId: optionA, name: 'Intruder' }],
      [ADD, { programmeId: p, optionId: optionA, ...role('Intruder', 9, null) }],
      [REVISE, { programmeId: p, optionId: optionA, designPostId: ids.head, ...role('Intruder', 9, null) }],
      [REMOVE, { programmeId: p, optionId: optionA, designPostId: ids.officer }],
      [CHOOSE, { programmeId: p, optionId: ids.optionB, reason: 'Intruder' }],
    ];
    for (const [query, i] of attempts) expect(codeOf((await h.gql(other, query, { i })).body)).toBe('NOT_FOUND');
    expect(await h.eventCount()).toBe(before);
  });

  it('lets portal users and auditors read the demo design but change nothing', async () => {
    const consultantView = await h.gql(token, '{ programmes { id authorityId name } }');
    const northshire = consultantView.body.data!.programmes.find((x: { authorityId: string }) => x.authorityId === h.demo.authorities.northshire).id;
    const demo = ok((await h.gql(token, DESIGN, { p: northshire })).body).functionDesign;
    const optionId = demo.options[0].id;
    const before = await h.eventCount();
    for (const email of ['auditor@meridian.example', 'hr@northshire.example', 'director.highways@northshire.example', 'da@northshire.example']) {
      const reader = await h.signIn(email);
      expect(ok((await h.gql(reader, DESIGN, { p: northshire })).body).functionDesign).toEqual(demo);
      const attempts: [string, Record<string, unknown>][] = [
        [DRAFT, { programmeId: northshire, name: 'Mine' }],
        [RENAME, { programmeId: northshire, optionId, name: 'Mine' }],
        [ADD, { programmeId: northshire, optionId, ...role('Mine', 9, null) }],
        [REVISE, { programmeId: northshire, optionId, designPostId: demo.options[0].posts[0].id, ...role('Mine', 9, null) }],
        [REMOVE, { programmeId: northshire, optionId, designPostId: demo.options[0].posts[0].id }],
        [CHOOSE, { programmeId: northshire, optionId, reason: 'Mine' }],
      ];
      for (const [query, i] of attempts) expect(codeOf((await h.gql(reader, query, { i })).body)).toBe('FORBIDDEN');
      // Nobody here can see the test council's programme: not granted, or of another council.
      expect(codeOf((await h.gql(reader, DESIGN, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    }
    expect(await h.eventCount()).toBe(before);
  });

  it('seeds the demo with two options for Northshire, Option B chosen with its reason', async () => {
    const programmes = (await h.gql(token, '{ programmes { id authorityId } }')).body.data!.programmes;
    const northshire = programmes.find((x: { authorityId: string }) => x.authorityId === h.demo.authorities.northshire).id;
    const demo = ok((await h.gql(token, DESIGN, { p: northshire })).body).functionDesign;
    const [a, b] = demo.options;
    expect(a).toMatchObject({ name: 'Option A: hub and spoke', chosen: false, layers: 4, totals: { posts: 10, fte: 9500, indicativeCostPence: 57_625_000 } });
    expect(a.checks.map((c: { rule: string }) => c.rule)).toEqual(['TOO_MANY_LAYERS']);
    expect(b).toMatchObject({
      name: 'Option B: single central team',
      chosen: true,
      layers: 3,
      checks: [],
      totals: { posts: 12, fte: 11_500, indicativeCostPence: 64_595_000 },
    });
    expect(demo.chosenReason).toBe('Fewer layers, clearer accountability, fits the funding the deals are releasing');
    expect(b.posts.map((p: { title: string; grade: number }) => `${p.title} (${p.grade})`)).toEqual(
      expect.arrayContaining([
        'Head of Contract Management (13)',
        'Supplier Relationship Lead (12)',
        'Commercial Analyst (10)',
        'Contract Manager (People) (11)',
        'Contract Management Apprentice (3)',
      ]),
    );
    const history = (await h.eventsSince(null)).filter((e) => e.streamName.endsWith(northshire) && e.streamName.startsWith('functionDesign-'));
    expect(history.map((e) => e.type)).toContain('DesignPostRemoved');
    expect(history.at(-1)!.metadata).toMatchObject({ authorityId: h.demo.authorities.northshire, actor: CONSULTANT });
  });
});
