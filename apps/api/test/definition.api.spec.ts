import { codeOf, startHarness } from './support/harness';
import { makeAuthority } from './support/fixtures';

const DEFINITION = `query($p: ID!) { contractManagementDefinition(programmeId: $p) {
  programmeId version text agreements { stakeholderName stakeholderRole } versions { version text agreements { stakeholderName } } } }`;
const DRAFT =
  'mutation($i: DraftContractManagementDefinitionInput!) { draftContractManagementDefinition(input: $i) { version text agreements { stakeholderName } } }';
const AGREE =
  'mutation($i: RecordDefinitionAgreementInput!) { recordDefinitionAgreement(input: $i) { version agreements { stakeholderName stakeholderRole } } }';

describe('definition of contract management', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let northshireProgramme: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Definitionshire Council');
    const programmes = (await h.gql(token, 'query($a: ID!) { programmes(authorityId: $a) { id } }', { a: h.demo.authorities.northshire })).body.data!
      .programmes;
    northshireProgramme = programmes[0].id;
  });
  afterAll(() => h.close());

  // A refused request answers with this code and appends nothing.
  it('starts empty, then drafts a definition and records who agreed it, with the reason in the history', async () => {
    const empty = (await h.gql(token, DEFINITION, { p: t.programmeId })).body.data!.contractManagementDefinition;
    expect(empty).toEqual({ programmeId: t.programmeId, version: null, text: null, agreements: [], versions: [] });

    const head = await h.ctx.store.headPosition();
    const drafted = await h.gql(token, DRAFT, {
      i: { programmeId: t.programmeId, text: 'Managing contracts from award to exit.', reason: 'First draft for the workshop' },
    });
    expect(drafted.body.data!.draftContractManagementDefinition).toEqual({ version: 1, text: 'Managing contracts from award to exit.', agreements: [] });
    const agreed = await h.gql(token, AGREE, {
      i: {
        programmeId: t.programmeId,
        version: 1,
        stakeholderName: 'Sarah Whitfield',
        stakeholderRole: 'Head of Procurement',
        reason: 'Agreed at the workshop',
      },
    });
    expect(agreed.body.data!.recordDefinitionAgreement).toEqual({
      version: 1,
      agreements: [{ stakeholderName: 'Sarah Whitfield', stakeholderRole: 'Head of Procurement' }],
    });

    const events = await h.eventsSince(head);
    expect(events.map((e) => e.type)).toEqual(['DefinitionDrafted', 'DefinitionAgreed']);
    for (const [e, reason] of [
      [events[0], 'First draft for the workshop'],
      [events[1], 'Agreed at the workshop'],
    ] as const) {
      expect(e.streamName).toBe(`cmDefinition-${h.demo.tenantId}_${t.programmeId}`);
      expect(e.metadata).toMatchObject({
        tenantId: h.demo.tenantId,
        authorityId: t.authorityId,
        actor: { role: 'consultant', displayName: 'Alex Morgan' },
        reason,
      });
    }
    expect(events[1].data).toEqual({ version: 1, stakeholderName: 'Sarah Whitfield', stakeholderRole: 'Head of Procurement' });
  });

  it('keeps every version with the agreements it had, and saving the same words again is not a new version', async () => {
    const before = await h.eventCount();
    const same = await h.gql(token, DRAFT, { i: { programmeId: t.programmeId, text: 'Managing contracts from award to exit.' } });
    expect(same.body.data!.draftContractManagementDefinition.version).toBe(1);
    expect(await h.eventCount()).toBe(before);

    const v2 = await h.gql(token, DRAFT, {
      i: { programmeId: t.programmeId, text: 'Managing contracts from award to exit, including Procurement Act notices.' },
    });
    expect(v2.body.data!.draftContractManagementDefinition).toMatchObject({ version: 2, agreements: [] });
    // Agreeing a superseded version is a conflict with what is on screen.
    await h.refused(
      token,
      AGREE,
      { i: { programmeId: t.programmeId, version: 1, stakeholderName: 'Imran Qureshi', stakeholderRole: 'SME' } },
      'CONFLICT',
      'DEFINITION_SUPERSEDED',
    );
    await h.gql(token, AGREE, { i: { programmeId: t.programmeId, version: 2, stakeholderName: 'Imran Qureshi', stakeholderRole: 'Highways SME' } });

    const d = (await h.gql(token, DEFINITION, { p: t.programmeId })).body.data!.contractManagementDefinition;
    expect(d).toMatchObject({ version: 2, agreements: [{ stakeholderName: 'Imran Qureshi', stakeholderRole: 'Highways SME' }] });
    expect(d.versions).toEqual([
      { version: 1, text: 'Managing contracts from award to exit.', agreements: [{ stakeholderName: 'Sarah Whitfield' }] },
      { version: 2, text: 'Managing contracts from award to exit, including Procurement Act notices.', agreements: [{ stakeholderName: 'Imran Qureshi' }] },
    ]);
  });

  it('refuses empty text, an unknown version, a blank name and a second agreement by the same person, writing nothing', async () => {
    const p = t.programmeId;
    await h.refused(token, DRAFT, { i: { programmeId: p, text: '   ' } }, 'BAD_USER_INPUT');
    await h.refused(token, DRAFT, { i: { programmeId: p, text: 'x'.repeat(10_001) } }, 'BAD_USER_INPUT');
    await h.refused(
      token,
      AGREE,
      { i: { programmeId: p, version: 7, stakeholderName: 'A N Other', stakeholderRole: 'SME' } },
      'BAD_USER_INPUT',
      'INVALID_DEFINITION_VERSION',
    );
    await h.refused(token, AGREE, { i: { programmeId: p, version: 2, stakeholderName: ' ', stakeholderRole: 'SME' } }, 'BAD_USER_INPUT');
    await h.refused(
      token,
      AGREE,
      { i: { programmeId: p, version: 2, stakeholderName: 'imran  qureshi', stakeholderRole: 'SME' } },
      'CONFLICT',
      'ALREADY_AGREED',
    );
    const fresh = await makeAuthority(h, token, 'Undrafted Council');
    await h.refused(
      token,
      AGREE,
      { i: { programmeId: fresh.programmeId, version: 1, stakeholderName: 'A N Other', stakeholderRole: 'SME' } },
      'NOT_FOUND',
      'DEFINITION_NOT_FOUND',
    );
  });

  it('answers another tenant NOT_FOUND and refuses auditors and portal users any change', async () => {
    const other = await h.signIn(h.other.adminEmail);
    expect(codeOf((await h.gql(other, DEFINITION, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    await h.refused(other, DRAFT, { i: { programmeId: t.programmeId, text: 'Hijacked' } }, 'NOT_FOUND');
    await h.refused(other, AGREE, { i: { programmeId: t.programmeId, version: 2, stakeholderName: 'Mallory', stakeholderRole: 'None' } }, 'NOT_FOUND');
    for (const email of ['auditor@meridian.example', 'director.highways@northshire.example', 'hr@northshire.example']) {
      const tok = await h.signIn(email);
      await h.refused(tok, DRAFT, { i: { programmeId: northshireProgramme, text: 'Changed' } }, 'FORBIDDEN');
      await h.refused(tok, AGREE, { i: { programmeId: northshireProgramme, version: 2, stakeholderName: 'Someone', stakeholderRole: 'SME' } }, 'FORBIDDEN');
    }
  });

  it('shows the demo definition, agreed by a procurement lead and two subject-matter experts, to the auditor and portal users', async () => {
    for (const email of ['auditor@meridian.example', 'director.waste@northshire.example']) {
      const d = (await h.gql(await h.signIn(email), DEFINITION, { p: northshireProgramme })).body.data!.contractManagementDefinition;
      expect(d.version).toBe(2);
      expect(d.versions).toHaveLength(2);
      expect(d.agreements.map((a: { stakeholderRole: string }) => a.stakeholderRole)).toEqual([
        expect.stringContaining('procurement lead'),
        expect.stringContaining('subject-matter expert'),
        expect.stringContaining('subject-matter expert'),
      ]);
    }
  });
});
