import { codeOf, startHarness } from './support/harness';
import { makeAuthority } from './support/fixtures';

const NOTICES = `id reference notices { kind dueDate state triggerId publishedOn reference because source } noticeTriggers { triggerId kind occurredOn description }`;
const CONTRACTS = `query($p: ID!) { targetContracts(programmeId: $p) { ${NOTICES} } }`;
const ADD = `mutation($i: AddTargetContractInput!) { addTargetContract(input: $i) { ${NOTICES} } }`;
const TRIGGER = `mutation($i: RecordContractNoticeTriggerInput!) { recordContractNoticeTrigger(input: $i) { ${NOTICES} } }`;
const PUBLISHED = `mutation($i: RecordContractNoticePublishedInput!) { recordContractNoticePublished(input: $i) { ${NOTICES} } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Notice = { kind: string; dueDate: string; state: string; triggerId: string | null; publishedOn: string | null };

describe('Procurement Act notices of a contract', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let token: string;
  let t: Awaited<ReturnType<typeof makeAuthority>>;
  let contractId: string;
  const contract = (reference: string, procurementStartedOn: string | null) => ({
    programmeId: t.programmeId,
    reference,
    title: 'Home care',
    supplier: 'Caring Hands Ltd',
    serviceId: t.services.Highways,
    annualValuePence: 200_000_000,
    wholeLifeValuePence: 1_000_000_000,
    startDate: '2025-04-01',
    endDate: '2030-03-31',
    risk: 'HIGH',
    vfmConcern: false,
    kpisSet: 3,
    procurementStartedOn,
  });

  beforeAll(async () => {
    h = await startHarness();
    token = await h.signIn('consultant@meridian.example');
    t = await makeAuthority(h, token, 'Noticeshire Council');
    contractId = (await h.gql(token, ADD, { i: contract('NTC-1', '2025-02-24') })).body.data!.addTargetContract.id;
  });
  afterAll(() => h.close());

  it('lists each notice with its deadline and state; a breach 29 days ago is due today, one 30 days ago overdue', async () => {
    const added = (await h.gql(token, CONTRACTS, { p: t.programmeId })).body.data!.targetContracts[0];
    const kinds = added.notices.map((n: Notice) => `${n.kind} ${n.dueDate} ${n.state}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['CONTRACT_DETAILS 2025-04-30 OVERDUE', 'CONTRACT_DOCUMENT 2025-06-29 OVERDUE', 'TERMINATION 2030-04-29 DUE']),
    );

    const head = await h.ctx.store.headPosition();
    const due = await h.gql(token, TRIGGER, {
      i: {
        programmeId: t.programmeId,
        contractId,
        kind: 'BREACH',
        occurredOn: day(-29),
        description: 'Settlement for missed visits',
        reason: 'Settlement signed',
      },
    });
    expect(due.body.errors).toBeUndefined();
    const [trigger] = due.body.data!.recordContractNoticeTrigger.noticeTriggers;
    expect(trigger).toMatchObject({ kind: 'BREACH', occurredOn: day(-29), description: 'Settlement for missed visits' });
    const breach = due.body.data!.recordContractNoticeTrigger.notices.find((n: Notice) => n.triggerId === trigger.triggerId);
    expect(breach).toMatchObject({ kind: 'PERFORMANCE_BREACH', dueDate: day(0), state: 'DUE' });
    const events = await h.eventsSince(head);
    expect(events.map((e) => [e.type, e.streamName])).toEqual([['ContractNoticeTriggerRecorded', `contractRegister-${h.demo.tenantId}_${t.programmeId}`]]);
    expect(events[0].metadata).toMatchObject({ reason: 'Settlement signed', actor: { role: 'consultant' } });

    const late = await h.gql(token, TRIGGER, {
      i: { programmeId: t.programmeId, contractId, kind: 'FAILURE_TO_IMPROVE', occurredOn: day(-30), description: 'No improvement' },
    });
    const overdue = late.body.data!.recordContractNoticeTrigger.notices.filter((n: Notice) => n.kind === 'PERFORMANCE_BREACH');
    expect(overdue.map((n: Notice) => `${n.dueDate} ${n.state}`)).toEqual([`${day(-1)} OVERDUE`, `${day(0)} DUE`]);

    // What awaits the consultant lists the notices due, with the contract's page to record them on.
    const tasks = (await h.gql(token, '{ awaitingMe { kind title programmeId entityId } }')).body.data!.awaitingMe.filter(
      (x: { kind: string; programmeId: string }) => x.kind === 'contract_notice' && x.programmeId === t.programmeId,
    );
    expect(tasks.map((x: { title: string }) => x.title)).toEqual(
      expect.arrayContaining([`Overdue: publish the contract performance notice (breach or failure to improve) for NTC-1 by ${day(-1)}`]),
    );
    expect(tasks.every((x: { entityId: string }) => x.entityId === contractId)).toBe(true);
  });

  it('records a notice as published, once, answering the fact it names; it leaves what awaits the consultant', async () => {
    const [c] = (await h.gql(token, CONTRACTS, { p: t.programmeId })).body.data!.targetContracts;
    const breach = c.noticeTriggers.find((x: { kind: string }) => x.kind === 'BREACH');
    const input = { programmeId: t.programmeId, contractId, kind: 'PERFORMANCE_BREACH', triggerId: breach.triggerId, publishedOn: day(0), reference: 'CDP-42' };
    const res = await h.gql(token, PUBLISHED, { i: input });
    expect(res.body.errors).toBeUndefined();
    const answered = res.body.data!.recordContractNoticePublished.notices.find((n: Notice) => n.triggerId === breach.triggerId);
    expect(answered).toMatchObject({ state: 'PUBLISHED', publishedOn: day(0), reference: 'CDP-42' });
    await h.refused(token, PUBLISHED, { i: input }, 'CONFLICT', 'NOTICE_ALREADY_RECORDED');
    await h.refused(token, PUBLISHED, { i: { ...input, triggerId: null, kind: 'CHANGE' } }, 'BAD_USER_INPUT', 'NOTICE_TRIGGER_REQUIRED');
    await h.refused(
      token,
      PUBLISHED,
      { i: { ...input, kind: 'CONTRACT_DETAILS', triggerId: null, publishedOn: day(1) } },
      'BAD_USER_INPUT',
      'NOTICE_DATE_IN_FUTURE',
    );
    const titles = (await h.gql(token, '{ awaitingMe { kind title } }')).body.data!.awaitingMe.map((x: { title: string }) => x.title);
    expect(titles).not.toContain(`Publish the contract performance notice (breach or failure to improve) for NTC-1 by ${day(0)}`);
  });

  it('refuses notices for a contract not procured under the Act, writing nothing', async () => {
    const pcr = (await h.gql(token, ADD, { i: contract('PCR-1', '2024-06-01') })).body.data!.addTargetContract;
    expect(pcr.notices).toEqual([]);
    const res = await h.refused(
      token,
      TRIGGER,
      { i: { programmeId: t.programmeId, contractId: pcr.id, kind: 'TERMINATION', occurredOn: day(0), description: 'Ended' } },
      'BAD_USER_INPUT',
      'NOTICES_NOT_UNDER_THE_ACT',
    );
    expect(res.body.errors![0].message).toMatch(/^PCR-1 is under the Public Contracts Regulations 2015/);
  });

  it('answers another tenant as if the contract did not exist, and refuses auditors and council staff', async () => {
    const write = { programmeId: t.programmeId, contractId, kind: 'MODIFICATION', occurredOn: day(10), description: 'Extend hours' };
    const other = await h.signIn(h.other.adminEmail);
    await h.refused(other, TRIGGER, { i: write }, 'NOT_FOUND');
    await h.refused(
      other,
      PUBLISHED,
      { i: { ...write, kind: 'CONTRACT_DETAILS', publishedOn: day(0), occurredOn: undefined, description: undefined } },
      'NOT_FOUND',
    );
    expect(codeOf((await h.gql(other, CONTRACTS, { p: t.programmeId })).body)).toBe('NOT_FOUND');
    for (const email of ['auditor@meridian.example', 'director.highways@northshire.example']) {
      await h.refused(await h.signIn(email), TRIGGER, { i: write }, 'FORBIDDEN');
    }
    // Unknown contract of this programme: NOT_FOUND, nothing appended.
    await h.refused(token, TRIGGER, { i: { ...write, contractId: '0190a0a0-0000-7000-8000-000000000000' } }, 'NOT_FOUND', 'CONTRACT_NOT_FOUND');
    // A modification may be recorded before it takes effect: its change notice is due the day before.
    const planned = (await h.gql(token, TRIGGER, { i: write })).body.data!.recordContractNoticeTrigger;
    expect(planned.notices.find((n: Notice) => n.kind === 'CHANGE')).toMatchObject({ dueDate: day(9), state: 'DUE' });
  });
});
