import { codeOf, startHarness } from './support/harness';
import { base64, IMPORT_POSTS, makeAuthority } from './support/fixtures';

const FIELDS = `id reference title supplier serviceName annualValuePence wholeLifeValuePence startDate endDate risk vfmConcern vfmNote
  contractManagerPostReference kpisSet exempt tier revision
  procurementStartedOn regime procurementActDuties { applies regime reason ruleVersion kpis { required minimum set met } performanceNotices { dueDate kind overdue } }`;
const CONTRACTS = `query($p: ID!) { targetContracts(programmeId: $p) { ${FIELDS} } }`;
const TIER_RULES = 'query($p: ID!) { tierRules(programmeId: $p) { isDefault fromTemplateId bands { tier minAnnualValuePence riskAtLeast } } }';
const ADD = `mutation($i: AddTargetContractInput!) { addTargetContract(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateTargetContractInput!) { updateTargetContract(input: $i) { ${FIELDS} } }`;
const REMOVE = 'mutation($i: RemoveTargetContractInput!) { removeTargetContract(input: $i) }';
const IMPORT = 'mutation($i: ImportTargetContractsInput!) { importTargetContracts(input: $i) { importId fileName rowCount created updated unchanged } }';
const SET_TIERS = 'mutation($i: SetTierRulesInput!) { setTierRules(input: $i) { isDefault bands { tier minAnnualValuePence riskAtLeast } } }';

const POSTS = [
  'Reference,Service,Title,Grade,SCP,FTE,Postholder,Vacant,Budgeted annual cost',
  'HWY-1,Highways,Contracts Officer,G9,30,1,EMP-1,no,51300',
  'WST-1,Waste,Commissioning Officer,G9,29,1,EMP-2,no,50200',
].join('\n');
const HEADER =
  'Contract ref,Contract title,Provider,Service,Annual value,Total contract value,Start date,End date,Risk rating,VFM concern,VFM note,Contract manager,KPIs,Exemption,Procurement start date,Procured under';
const today = () => new Date().toISOString().slice(0, 10);

describe('target contracts register', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let northshireProgramme: string;
  const setup = async (name: string) => {
    const t = await makeAuthority(h, token, name);
    await h.gql(token, IMPORT_POSTS, { i: { authorityId: t.authorityId, fileName: 'posts.csv', contentBase64: base64(POSTS) } });
    const posts = (await h.gql(token, 'query($a: ID!) { posts(authorityId: $a) { id reference } }', { a: t.authorityId })).body.data!.posts as {
      id: string;
      reference: string;
    }[];
    return { ...t, post: Object.fromEntries(posts.map((p) => [p.reference, p.id])) };
  };
  let t: Awaited<ReturnType<typeof setup>>;
  const contract = () => ({
    programmeId: t.programmeId,
    reference: 'HWY-C1',
    title: 'Highways term maintenance',
    supplier: 'Pennine Highways Ltd',
    serviceId: t.services.Highways,
    annualValuePence: 166_666_667,
    wholeLifeValuePence: 500_000_001, // £5,000,000.01: one penny over the Act's threshold
    startDate: '2025-03-01',
    endDate: '2028-06-30',
    risk: 'LOW',
    vfmConcern: false,
    contractManagerPostId: t.post['HWY-1'],
    kpisSet: 2,
    procurementStartedOn: '2025-02-24', // the Act's first day
  });
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await setup('Contractshire Council');
    northshireProgramme = (await h.gql(token, 'query($a: ID!) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes[0].id;
  });
  afterAll(() => h.close());

  it('adds a £5,000,000.01 contract started 2025-03-01: KPI duty, notices every 12 months from the start and one at the end', async () => {
    const head = await h.ctx.store.headPosition();
    const res = await h.gql(token, ADD, { i: { ...contract(), reason: 'From the procurement pipeline' } });
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data!.addTargetContract;
    expect(c).toMatchObject({
      reference: 'HWY-C1',
      serviceName: 'Highways',
      risk: 'LOW',
      exempt: null,
      vfmNote: null,
      contractManagerPostReference: 'HWY-1',
      wholeLifeValuePence: 500_000_001,
    });
    // £1,666,666.67 a year reaches the default Gold band's £1,000,000 minimum.
    expect(c.tier).toBe('Gold');
    // Over £5m and started on or after 24 February 2025: at least 3 KPIs (2 set), notices on each
    // anniversary of the start before the end date (2026-03-01, 2027-03-01, 2028-03-01), then at the end.
    const d = c.procurementActDuties;
    expect(c).toMatchObject({ procurementStartedOn: '2025-02-24', regime: null });
    expect(d).toMatchObject({
      applies: true,
      regime: 'PROCUREMENT_ACT_2023',
      ruleVersion: '2025-02-24',
      kpis: { required: true, minimum: 3, set: 2, met: false },
    });
    expect(d.performanceNotices).toEqual(
      [
        ['2026-03-01', 'ANNUAL'],
        ['2027-03-01', 'ANNUAL'],
        ['2028-03-01', 'ANNUAL'],
        ['2028-06-30', 'END'],
      ].map(([dueDate, kind]) => ({ dueDate, kind, overdue: dueDate < today() })),
    );
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['ContractAdded']);
    expect(events[0].streamName).toBe(`contractRegister-${h.demo.tenantId}_${t.programmeId}`);
    expect(events[0].metadata).toMatchObject({
      authorityId: t.authorityId,
      actor: { role: 'consultant', displayName: 'Alex Morgan' },
      reason: 'From the procurement pipeline',
    });
    expect(events[0].data).toMatchObject({ contractId: c.id, wholeLifeValuePence: 500_000_001, risk: 'low', exempt: null });
  });

  it('updates a contract: exactly £5,000,000.00 or a procurement begun before 24 February 2025 carries no Act duty; a stale revision is a CONFLICT', async () => {
    const [c] = (await h.gql(token, CONTRACTS, { p: t.programmeId })).body.data!.targetContracts;
    const head = await h.ctx.store.headPosition();
    const at = await h.gql(token, UPDATE, {
      i: { ...contract(), contractId: c.id, wholeLifeValuePence: 500_000_000, expectedRevision: c.revision, reason: 'Value corrected' },
    });
    expect(at.body.data!.updateTargetContract.procurementActDuties).toMatchObject({
      applies: false,
      performanceNotices: [],
      kpis: { required: false, minimum: 0, set: 2, met: true },
    });
    expect(at.body.data!.updateTargetContract.procurementActDuties.reason).toContain('not over £5,000,000.00');
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['ContractUpdated']);
    expect(events[0].metadata).toMatchObject({ authorityId: t.authorityId, actor: { role: 'consultant' }, reason: 'Value corrected' });

    await h.refused(token, UPDATE, { i: { ...contract(), contractId: c.id, title: 'Changed', expectedRevision: c.revision } }, 'CONFLICT', 'STALE_REVISION');
    const before = await h.gql(token, UPDATE, {
      i: { ...contract(), contractId: c.id, procurementStartedOn: '2025-02-23', risk: 'HIGH', kpisSet: 0 },
    });
    const u = before.body.data!.updateTargetContract;
    expect(u).toMatchObject({ risk: 'HIGH', procurementActDuties: { applies: false, regime: 'PCR_2015', ruleVersion: '2025-02-24' } });
    expect(u.procurementActDuties.reason).toContain(
      'The procurement began on 2025-02-23, before 2025-02-24, so it is under the Public Contracts Regulations 2015',
    );
    // Written as version 2 of the event, with its procurement facts.
    const v2 = (await h.eventsSince(head)).filter((e) => e.type === 'ContractUpdated').at(-1)!;
    expect([v2.metadata.schemaVersion, v2.data.procurementStartedOn, v2.data.regime]).toEqual([2, '2025-02-23', null]);
    await h.refused(
      token,
      UPDATE,
      { i: { ...contract(), contractId: c.id, procurementStartedOn: '2025-02-23', regime: 'PROCUREMENT_ACT_2023' } },
      'BAD_USER_INPUT',
      'REGIME_CONTRADICTS_PROCUREMENT_DATE',
    );
    const framework = await h.gql(token, UPDATE, {
      i: { ...contract(), contractId: c.id, procurementStartedOn: null, regime: null, exempt: 'FRAMEWORK', kpisSet: 0 },
    });
    expect(framework.body.data!.updateTargetContract).toMatchObject({ exempt: 'FRAMEWORK', procurementActDuties: { applies: false, regime: 'NOT_RECORDED' } });
    expect(framework.body.data!.updateTargetContract.procurementActDuties.reason).toMatch(/^Regime not recorded/);
  });

  it('refuses an end before the start, a negative value, a VFM concern without a note and unknown posts, writing nothing', async () => {
    await h.refused(token, ADD, { i: { ...contract(), reference: 'X1', endDate: '2025-02-28' } }, 'BAD_USER_INPUT', 'CONTRACT_ENDS_BEFORE_START');
    await h.refused(token, ADD, { i: { ...contract(), reference: 'X2', annualValuePence: -1 } }, 'BAD_USER_INPUT', 'INVALID_MONEY');
    await h.refused(token, ADD, { i: { ...contract(), reference: 'X3', vfmConcern: true, vfmNote: '  ' } }, 'BAD_USER_INPUT', 'VFM_NOTE_REQUIRED');
    await h.refused(token, ADD, { i: { ...contract(), reference: 'X4', startDate: '2025-02-30' } }, 'BAD_USER_INPUT');
    await h.refused(token, ADD, { i: { ...contract(), reference: 'X5', kpisSet: -1 } }, 'BAD_USER_INPUT', 'INVALID_KPI_COUNT');
    await h.refused(token, ADD, { i: { ...contract(), reference: 'hwy-c1' } }, 'BAD_USER_INPUT', 'CONTRACT_REFERENCE_TAKEN');
    await h.refused(
      token,
      ADD,
      { i: { ...contract(), reference: 'X6', contractManagerPostId: '0190a0a0-0000-7000-8000-000000000000' } },
      'NOT_FOUND',
      'POST_NOT_FOUND',
    );
  });

  it('imports a sheet all or nothing: a bad sheet lists each problem by row and column', async () => {
    const s = await setup('Importshire Council');
    const bad = [
      HEADER,
      'IMP-1,Gully cleansing,ClearFlow Ltd,Highways,"£260,000",1040000,2025-09-01,2024-08-31,low,no,,,,,,',
      'IMP-2,Bin collection,Greenway Ltd,Waste,-5,100,2025-01-01,2026-01-01,medium,yes,,,,,,',
      'IMP-3,Street lighting,Lumen Ltd,Parks,100,100,2025-01-01,2026-01-01,high,no,,XX-9,,,,',
      'IMP-4,Signals,Signal Ltd,Highways,100,100,01/04/2025,31/03/2027,extreme,no,,,,,,',
    ].join('\n');
    const res = await h.refused(
      token,
      IMPORT,
      { i: { programmeId: s.programmeId, fileName: 'contracts.csv', contentBase64: base64(bad) } },
      'BAD_USER_INPUT',
      'IMPORT_REJECTED',
    );
    expect(res.body.errors![0].message).toMatch(/^4 rows have problems; nothing was imported/);
    const problems = res.body.errors![0].extensions!.details.problems as { row: number; column: string; value: string; reason: string }[];
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual(
      expect.arrayContaining(['2:endDate', '3:annualValue', '3:vfmNote', '4:service', '4:contractManagerPost', '5:risk']),
    );
    expect(problems.find((p) => p.row === 4 && p.column === 'service')).toMatchObject({ value: 'Parks', reason: expect.stringContaining('No service') });
    expect((await h.gql(token, CONTRACTS, { p: s.programmeId })).body.data!.targetContracts).toEqual([]);

    const rows = [
      'IMP-1,Gully cleansing,ClearFlow Ltd,Highways,"£260,000",1040000,2025-09-01,2029-08-31,low,no,,HWY-1,2,,,',
      'IMP-2,Household waste collection,Greenway Ltd,Waste,"£11,600,000.00","£92,800,000.00",01/07/2025,30/06/2033,High,yes,Missed bins twice the standard,wst-1,5,,03/03/2025,PA 2023',
      'IMP-3,Clinical waste framework,MediWaste Ltd,waste,70000,210000,2024-10-01,2027-09-30,medium,no,,,1,Framework,,',
      'IMP-4,Road markings,LineRight Ltd,Highways,180000,720000,2025-06-01,2029-05-31,low,no,,,,,,',
    ];
    const head = await h.ctx.store.headPosition();
    const first = await h.gql(token, IMPORT, {
      i: { programmeId: s.programmeId, fileName: 'contracts.csv', contentBase64: base64([HEADER, ...rows].join('\n')), reason: 'Register extract' },
    });
    expect(first.body.data!.importTargetContracts).toMatchObject({ fileName: 'contracts.csv', rowCount: 4, created: 4, updated: 0, unchanged: 0 });
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['ContractsImported', 'ContractsImportedBatch']);
    for (const e of events) expect(e.metadata).toMatchObject({ authorityId: s.authorityId, actor: { role: 'consultant' }, reason: 'Register extract' });

    const list = (await h.gql(token, CONTRACTS, { p: s.programmeId })).body.data!.targetContracts;
    expect(list.map((c: { reference: string; tier: string }) => `${c.reference}:${c.tier}`)).toEqual([
      'IMP-1:Silver',
      'IMP-2:Gold',
      'IMP-3:Silver',
      'IMP-4:Bronze',
    ]);
    expect(list[1]).toMatchObject({
      annualValuePence: 1_160_000_000,
      startDate: '2025-07-01',
      risk: 'HIGH',
      vfmConcern: true,
      contractManagerPostReference: 'WST-1',
      procurementStartedOn: '2025-03-03',
      regime: 'PROCUREMENT_ACT_2023',
      procurementActDuties: { applies: true, kpis: { met: true } },
    });
    expect(list[0]).toMatchObject({ procurementStartedOn: null, regime: null, procurementActDuties: { applies: false, regime: 'NOT_RECORDED' } });
    expect(list[2]).toMatchObject({ exempt: 'FRAMEWORK', serviceName: 'Waste' });

    // References match whatever their case, so a re-import updates instead of duplicating.
    rows[0] = rows[0].replace('IMP-1', 'imp-1');
    rows[3] = rows[3].replace('low,no,,,,', 'low,no,,,1,');
    const second = await h.gql(token, IMPORT, {
      i: { programmeId: s.programmeId, fileName: 'contracts-v2.csv', contentBase64: base64([HEADER, ...rows].join('\n')) },
    });
    expect(second.body.data!.importTargetContracts).toMatchObject({ rowCount: 4, created: 0, updated: 2, unchanged: 2 });
    const again = (await h.gql(token, CONTRACTS, { p: s.programmeId })).body.data!.targetContracts;
    expect(again.map((c: { id: string }) => c.id)).toEqual(list.map((c: { id: string }) => c.id));
    expect(again[3].kpisSet).toBe(1);

    // Tier rules of the programme's own: the register is re-tiered, not rewritten.
    await h.refused(
      token,
      SET_TIERS,
      {
        i: {
          programmeId: s.programmeId,
          bands: [
            { tier: 'Strategic', minAnnualValuePence: 200_000_000, riskAtLeast: 'HIGH' },
            { tier: 'Rest', minAnnualValuePence: 100 },
          ],
        },
      },
      'BAD_USER_INPUT',
      'INVALID_TIER_RULES',
    );
    await h.refused(token, SET_TIERS, { i: { programmeId: s.programmeId, bands: [] } }, 'BAD_USER_INPUT', 'INVALID_TIER_RULES');
    await h.refused(
      token,
      SET_TIERS,
      {
        i: {
          programmeId: s.programmeId,
          bands: [
            { tier: 'Core', minAnnualValuePence: 100 },
            { tier: 'core', minAnnualValuePence: 0 },
          ],
        },
      },
      'BAD_USER_INPUT',
      'INVALID_TIER_RULES',
    );
    const defaults = (await h.gql(token, TIER_RULES, { p: s.programmeId })).body.data!.tierRules;
    expect(defaults).toMatchObject({
      isDefault: true,
      bands: [{ tier: 'Gold', minAnnualValuePence: 100_000_000, riskAtLeast: 'HIGH' }, { tier: 'Silver' }, { tier: 'Bronze', riskAtLeast: null }],
    });
    const tiersHead = await h.ctx.store.headPosition();
    const bands = [
      { tier: 'Strategic', minAnnualValuePence: 200_000_000, riskAtLeast: 'HIGH' },
      { tier: 'Managed', minAnnualValuePence: 25_000_000, riskAtLeast: 'MEDIUM' },
      { tier: 'Monitored', minAnnualValuePence: 0, riskAtLeast: null },
    ];
    const set = await h.gql(token, SET_TIERS, { i: { programmeId: s.programmeId, bands, reason: 'Client framework' } });
    expect(set.body.data!.setTierRules).toEqual({ isDefault: false, bands });
    const tierEvents = await h.eventsSince(tiersHead);
    expect(tierEvents.map((e) => e.type)).toEqual(['TierRulesSet']);
    expect(tierEvents[0].metadata).toMatchObject({ authorityId: s.authorityId, actor: { role: 'consultant' }, reason: 'Client framework' });
    const retiered = (await h.gql(token, CONTRACTS, { p: s.programmeId })).body.data!.targetContracts;
    expect(retiered.map((c: { reference: string; tier: string }) => `${c.reference}:${c.tier}`)).toEqual([
      'imp-1:Managed',
      'IMP-2:Strategic',
      'IMP-3:Managed',
      'IMP-4:Monitored',
    ]);
  });

  it('removes a contract from the register', async () => {
    const added = (await h.gql(token, ADD, { i: { ...contract(), reference: 'GONE-1' } })).body.data!.addTargetContract;
    const head = await h.ctx.store.headPosition();
    const res = await h.gql(token, REMOVE, { i: { programmeId: t.programmeId, contractId: added.id, reason: 'Out of scope' } });
    expect(res.body.data!.removeTargetContract).toBe(added.id);
    const events = await h.eventsSince(head);
    expect(events.map((e) => [e.type, e.data])).toEqual([['ContractRemoved', { contractId: added.id }]]);
    expect(events[0].metadata).toMatchObject({ authorityId: t.authorityId, actor: { role: 'consultant' }, reason: 'Out of scope' });
    const refs = (await h.gql(token, CONTRACTS, { p: t.programmeId })).body.data!.targetContracts.map((c: { reference: string }) => c.reference);
    expect(refs).not.toContain('GONE-1');
    await h.refused(token, REMOVE, { i: { programmeId: t.programmeId, contractId: added.id } }, 'NOT_FOUND', 'CONTRACT_NOT_FOUND');
  });

  it('answers another tenant NOT_FOUND, refuses auditors and portal users any change, and lets a director read their own service’s contracts', async () => {
    const [c] = (await h.gql(token, CONTRACTS, { p: t.programmeId })).body.data!.targetContracts;
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, CONTRACTS, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    expect(codeOf((await h.gql(other, TIER_RULES, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    const writes = (programmeId: string): [string, Record<string, unknown>][] => [
      [ADD, { ...contract(), programmeId, reference: 'HIJACK' }],
      [UPDATE, { ...contract(), programmeId, contractId: c.id }],
      [REMOVE, { programmeId, contractId: c.id }],
      [IMPORT, { programmeId, fileName: 'x.csv', contentBase64: base64(HEADER) }],
      [SET_TIERS, { programmeId, bands: [{ tier: 'All', minAnnualValuePence: 0 }] }],
    ];
    for (const [query, i] of writes(t.programmeId)) await h.refused(other, query, { i }, 'NOT_FOUND');
    for (const email of ['auditor@meridian.example', 'director.highways@northshire.example', 'finance@northshire.example']) {
      const tok = await h.signIn(email);
      for (const [query, i] of writes(northshireProgramme)) await h.refused(tok, query, { i }, 'FORBIDDEN');
    }
    const director = await h.signIn('director.highways@northshire.example');
    // A service director reads the contracts of their own service only.
    const register = (await h.gql(director, CONTRACTS, { p: northshireProgramme })).body.data!.targetContracts;
    expect(register.length).toBeGreaterThan(0);
    expect(new Set(register.map((x: { serviceName: string }) => x.serviceName))).toEqual(new Set(['Highways']));
  });

  it('shows the demo register: 40+ contracts in Gold, Silver and Bronze, Act duties on large new contracts, VFM concerns with notes', async () => {
    const auditor = await h.signIn('auditor@meridian.example');
    const register = (await h.gql(auditor, CONTRACTS, { p: northshireProgramme })).body.data!.targetContracts as {
      tier: string;
      vfmConcern: boolean;
      vfmNote: string | null;
      contractManagerPostReference: string | null;
      procurementActDuties: { applies: boolean; regime: string; kpis: { met: boolean } };
    }[];
    expect(register.length).toBeGreaterThanOrEqual(40);
    expect(new Set(register.map((c) => c.tier))).toEqual(new Set(['Gold', 'Silver', 'Bronze']));
    const duties = register.filter((c) => c.procurementActDuties.applies);
    // Only contracts whose procurement began on or after 24 February 2025; older ones record no regime.
    expect(duties.length).toBeGreaterThanOrEqual(4);
    expect(register.some((c) => c.procurementActDuties.regime === 'NOT_RECORDED')).toBe(true);
    expect(register.some((c) => c.procurementActDuties.regime === 'PCR_2015')).toBe(true);
    expect(duties.some((c) => !c.procurementActDuties.kpis.met)).toBe(true);
    const concerns = register.filter((c) => c.vfmConcern);
    expect(concerns.length).toBeGreaterThanOrEqual(3);
    expect(concerns.every((c) => c.vfmNote)).toBe(true);
    expect(register.some((c) => c.contractManagerPostReference === 'HWY-0013')).toBe(true);
  });
});
