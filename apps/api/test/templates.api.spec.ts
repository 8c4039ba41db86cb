import { codeOf, startHarness } from './support/harness';
import { makeAuthority } from './support/fixtures';

const TEMPLATE_FIELDS = `id name description retired taxonomy { key parentKey name contractManagement }
  tierBands { tier minAnnualValuePence riskAtLeast } capacityAssumptions { productiveHoursPerFte hoursPerContract { tier hours } }`;
const TEMPLATES = `{ templates { ${TEMPLATE_FIELDS} } }`;
const SAVE = `mutation($i: SaveProgrammeAsTemplateInput!) { saveProgrammeAsTemplate(input: $i) { ${TEMPLATE_FIELDS} } }`;
const APPLY = 'mutation($i: ApplyTemplateInput!) { applyTemplate(input: $i) { programmeId templateId activities tiers } }';
const RETIRE = 'mutation($i: RetireTemplateInput!) { retireTemplate(input: $i) { id retired } }';
const TAXONOMY = 'query($p: ID!) { activityTaxonomy(programmeId: $p) { id parentId name contractManagement retired } }';
const TIER_RULES = 'query($p: ID!) { tierRules(programmeId: $p) { isDefault fromTemplateId bands { tier minAnnualValuePence riskAtLeast } } }';
const CAPACITY =
  'query($p: ID!) { capacityModel(programmeId: $p) { assumptions { isDefault fromTemplateId productiveHoursPerFte hoursPerContract { tier hours } } } }';
const SET_TIERS = 'mutation($i: SetTierRulesInput!) { setTierRules(input: $i) { isDefault } }';
const SET_CAPACITY = 'mutation($i: SetCapacityAssumptionsInput!) { setCapacityAssumptions(input: $i) { demandFte } }';
const ADD_ACTIVITY = 'mutation($i: AddActivityInput!) { addActivity(input: $i) { id name } }';
const RENAME_ACTIVITY = 'mutation($i: RenameActivityInput!) { renameActivity(input: $i) { id } }';
const RETIRE_ACTIVITY = 'mutation($i: RetireActivityInput!) { retireActivity(input: $i) { id } }';

type Activity = { id: string; parentId: string | null; name: string; contractManagement: boolean; retired: boolean };

const BANDS = [
  { tier: 'Strategic', minAnnualValuePence: 200_000_000, riskAtLeast: 'HIGH' },
  { tier: 'Routine', minAnnualValuePence: 0, riskAtLeast: null },
];
const HOURS = [
  { tier: 'Strategic', hours: 600 },
  { tier: 'Routine', hours: 60 },
];

describe('tenant templates', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let a: Awaited<ReturnType<typeof makeAuthority>>;
  let b: Awaited<ReturnType<typeof makeAuthority>>;
  let templateId: string;
  let northshireProgramme: string;
  // The active taxonomy: activities a template replaced stay in the list as retired.
  const taxonomy = async (programmeId: string) =>
    ((await h.gql(token, TAXONOMY, { p: programmeId })).body.data!.activityTaxonomy as (Activity & { retired: boolean })[]).filter((a) => !a.retired);
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    a = await makeAuthority(h, token, 'Templateshire Council');
    b = await makeAuthority(h, token, 'Copyshire Council');
    northshireProgramme = (await h.gql(token, 'query($a: ID!) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes[0].id;
    // Programme A's own set-up: one extra activity, its own tiers and hours.
    const root = (await taxonomy(a.programmeId)).find((x) => x.name === 'Contract management')!;
    await h.gql(token, ADD_ACTIVITY, { i: { programmeId: a.programmeId, parentId: root.id, name: 'Social value monitoring', contractManagement: true } });
    await h.gql(token, SET_TIERS, { i: { programmeId: a.programmeId, bands: BANDS } });
    await h.gql(token, SET_CAPACITY, { i: { programmeId: a.programmeId, hoursPerContract: HOURS, productiveHoursPerFte: 1600 } });
  });
  afterAll(() => h.close());

  it('saves a programme’s taxonomy, tier rules and capacity assumptions as a tenant template', async () => {
    const head = await h.ctx.store.headPosition();
    const res = await h.gql(token, SAVE, {
      i: { programmeId: a.programmeId, name: 'District contract management', description: 'Two tiers', reason: 'Reuse at the next district' },
    });
    expect(res.body.errors).toBeUndefined();
    const tpl = res.body.data!.saveProgrammeAsTemplate;
    templateId = tpl.id;
    const live = await taxonomy(a.programmeId);
    expect(tpl).toMatchObject({
      name: 'District contract management',
      description: 'Two tiers',
      retired: false,
      tierBands: BANDS,
      capacityAssumptions: { productiveHoursPerFte: 1600, hoursPerContract: HOURS },
    });
    expect(tpl.taxonomy).toHaveLength(11);
    expect(tpl.taxonomy.map((n: { name: string }) => n.name)).toEqual(live.map((x) => x.name));
    const social = tpl.taxonomy.find((n: { name: string }) => n.name === 'Social value monitoring');
    expect(tpl.taxonomy.find((n: { key: string }) => n.key === social.parentKey).name).toBe('Contract management');

    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['TemplateSaved']);
    expect(events[0].streamName).toBe(`template-${h.demo.tenantId}_${templateId}`);
    // A template belongs to the consultancy, not to a council.
    expect(events[0].metadata.authorityId).toBeUndefined();
    expect(events[0].metadata).toMatchObject({
      tenantId: h.demo.tenantId,
      actor: { role: 'consultant', displayName: 'Alex Morgan' },
      reason: 'Reuse at the next district',
    });
    const listed = (await h.gql(token, TEMPLATES)).body.data!.templates.map((x: { id: string }) => x.id);
    expect(listed).toContain(templateId);
  });

  it('applies the template to another programme as a copy with fresh activity ids, tagged with the template', async () => {
    const head = await h.ctx.store.headPosition();
    const res = await h.gql(token, APPLY, { i: { programmeId: b.programmeId, templateId, reason: 'Same set-up as Templateshire' } });
    expect(res.body.data!.applyTemplate).toEqual({ programmeId: b.programmeId, templateId, activities: 11, tiers: ['Strategic', 'Routine'] });
    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['TaxonomyReplaced', 'TierRulesSet', 'CapacityAssumptionsSet']);
    for (const e of events) {
      expect(e.streamName.endsWith(`-${h.demo.tenantId}_${b.programmeId}`)).toBe(true);
      expect(e.data).toMatchObject({ fromTemplateId: templateId });
      expect(e.metadata).toMatchObject({ authorityId: b.authorityId, actor: { role: 'consultant' }, reason: 'Same set-up as Templateshire' });
    }
    const copied = await taxonomy(b.programmeId);
    const original = await taxonomy(a.programmeId);
    expect(copied.map((x) => x.name)).toEqual(original.map((x) => x.name));
    expect(copied.filter((x) => original.some((o) => o.id === x.id))).toEqual([]);
    expect((await h.gql(token, TIER_RULES, { p: b.programmeId })).body.data!.tierRules).toEqual({ isDefault: false, fromTemplateId: templateId, bands: BANDS });
    expect((await h.gql(token, CAPACITY, { p: b.programmeId })).body.data!.capacityModel.assumptions).toEqual({
      isDefault: false,
      fromTemplateId: templateId,
      productiveHoursPerFte: 1600,
      hoursPerContract: HOURS,
    });
  });

  it('keeps the copy apart: later edits in the first programme do not reach the second, nor edits in the second the template', async () => {
    const social = (await taxonomy(a.programmeId)).find((x) => x.name === 'Social value monitoring')!;
    await h.gql(token, RENAME_ACTIVITY, { i: { programmeId: a.programmeId, activityId: social.id, name: 'Social value and carbon monitoring' } });
    await h.gql(token, SET_TIERS, {
      i: {
        programmeId: a.programmeId,
        bands: [
          { tier: 'Gold', minAnnualValuePence: 100_000_000 },
          { tier: 'Rest', minAnnualValuePence: 0 },
        ],
      },
    });
    await h.gql(token, SET_CAPACITY, {
      i: {
        programmeId: a.programmeId,
        hoursPerContract: [
          { tier: 'Gold', hours: 400 },
          { tier: 'Rest', hours: 10 },
        ],
        productiveHoursPerFte: 1700,
      },
    });

    const copied = await taxonomy(b.programmeId);
    expect(copied.map((x) => x.name)).toContain('Social value monitoring');
    expect(copied.map((x) => x.name)).not.toContain('Social value and carbon monitoring');
    expect((await h.gql(token, TIER_RULES, { p: b.programmeId })).body.data!.tierRules.bands).toEqual(BANDS);
    expect((await h.gql(token, CAPACITY, { p: b.programmeId })).body.data!.capacityModel.assumptions).toMatchObject({
      productiveHoursPerFte: 1600,
      hoursPerContract: HOURS,
    });

    const copiedSocial = copied.find((x) => x.name === 'Social value monitoring')!;
    await h.gql(token, RETIRE_ACTIVITY, { i: { programmeId: b.programmeId, activityId: copiedSocial.id } });
    const tpl = (await h.gql(token, TEMPLATES)).body.data!.templates.find((x: { id: string }) => x.id === templateId);
    expect(tpl.taxonomy.map((n: { name: string }) => n.name)).toContain('Social value monitoring');
    expect(tpl.tierBands).toEqual(BANDS);
    expect(tpl.capacityAssumptions).toEqual({ productiveHoursPerFte: 1600, hoursPerContract: HOURS });
    expect((await taxonomy(a.programmeId)).find((x) => x.id === social.id)!.retired).toBe(false);
  });

  it('refuses a template whose hours do not match its tiers, a blank name and an unknown template, writing nothing', async () => {
    // A programme with its own tiers but the default hours (Gold/Silver/Bronze) cannot become a template.
    const c = await makeAuthority(h, token, 'Mismatchshire Council');
    await h.gql(token, SET_TIERS, { i: { programmeId: c.programmeId, bands: BANDS } });
    await h.refused(token, SAVE, { i: { programmeId: c.programmeId, name: 'Broken' } }, 'BAD_USER_INPUT', 'TEMPLATE_TIERS_MISMATCH');
    await h.refused(token, SAVE, { i: { programmeId: a.programmeId, name: '   ' } }, 'BAD_USER_INPUT');
    await h.refused(token, APPLY, { i: { programmeId: b.programmeId, templateId: '0190a0a0-0000-7000-8000-000000000000' } }, 'NOT_FOUND', 'TEMPLATE_NOT_FOUND');
    await h.refused(token, RETIRE, { i: { templateId: '0190a0a0-0000-7000-8000-000000000000' } }, 'NOT_FOUND', 'TEMPLATE_NOT_FOUND');
  });

  it('answers another tenant NOT_FOUND for the template and the programmes, and lists none of this tenant’s templates', async () => {
    const other = await h.signIn(h.other.adminEmail);
    const theirs = await makeAuthority(h, other, 'Elsewhere Council');
    expect((await h.gql(other, TEMPLATES)).body.data!.templates).toEqual([]);
    await h.refused(other, APPLY, { i: { programmeId: theirs.programmeId, templateId } }, 'NOT_FOUND', 'TEMPLATE_NOT_FOUND');
    await h.refused(other, RETIRE, { i: { templateId } }, 'NOT_FOUND', 'TEMPLATE_NOT_FOUND');
    await h.refused(other, SAVE, { i: { programmeId: a.programmeId, name: 'Stolen' } }, 'NOT_FOUND');
    await h.refused(other, APPLY, { i: { programmeId: a.programmeId, templateId } }, 'NOT_FOUND');
  });

  it('keeps templates to consultants and admins: auditors and portal users can neither list nor change them', async () => {
    for (const email of ['auditor@meridian.example', 'director.highways@northshire.example', 'hr@northshire.example']) {
      const tok = await h.signIn(email);
      expect(codeOf((await h.gql(tok, TEMPLATES)).body)).toBe('FORBIDDEN');
      await h.refused(tok, SAVE, { i: { programmeId: northshireProgramme, name: 'Mine' } }, 'FORBIDDEN');
      await h.refused(tok, APPLY, { i: { programmeId: northshireProgramme, templateId } }, 'FORBIDDEN');
      await h.refused(tok, RETIRE, { i: { templateId } }, 'FORBIDDEN');
    }
  });

  it('retires a template: it stays listed for the record but can no longer be applied', async () => {
    const head = await h.ctx.store.headPosition();
    const res = await h.gql(await h.signIn('admin@meridian.example'), RETIRE, { i: { templateId, reason: 'Superseded by the county set-up' } });
    expect(res.body.data!.retireTemplate).toEqual({ id: templateId, retired: true });
    const events = await h.eventsSince(head);
    expect(events.map((e) => [e.type, e.data])).toEqual([['TemplateRetired', { templateId }]]);
    expect(events[0].metadata).toMatchObject({ actor: { role: 'tenant_admin', displayName: 'Priya Shah' }, reason: 'Superseded by the county set-up' });
    // Retiring twice changes nothing, so it records nothing.
    const before = await h.eventCount();
    expect((await h.gql(token, RETIRE, { i: { templateId } })).body.data!.retireTemplate).toEqual({ id: templateId, retired: true });
    expect(await h.eventCount()).toBe(before);
    await h.refused(token, APPLY, { i: { programmeId: b.programmeId, templateId } }, 'BAD_USER_INPUT', 'TEMPLATE_RETIRED');
    const listed = (await h.gql(token, TEMPLATES)).body.data!.templates.find((x: { id: string }) => x.id === templateId);
    expect(listed.retired).toBe(true);
  });

  it('offers the demo consultancy a county template saved from Northshire', async () => {
    const names = (await h.gql(token, TEMPLATES)).body.data!.templates.map((x: { name: string }) => x.name);
    expect(names).toContain('County contract-management function');
  });
});
