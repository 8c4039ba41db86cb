import type { DealTerms } from '../deals';
import { NATIONAL_DEFAULT_POLICY } from '../policy';
import { storedEventTypes } from '../upcasters';
import { describeEvent, describeHistory, describedEventTypes } from './describe';
import { emptyLexicon, type AuditEvent } from './lexicon';

const actor = (role: string, displayName: string) => ({ userId: `u-${role}`, role, displayName });
const event = (type: string, data: Record<string, unknown>, by = actor('consultant', 'Priya Shah'), streamName = 'x-t_1'): AuditEvent => ({
  type,
  streamName,
  data,
  metadata: { actor: by },
});
const terms = (fte: number, pence: number): DealTerms => ({
  sourcePosts: [{ postId: 'p1', fte }],
  budget: [{ financialYear: '2026/27', pence }],
  effectiveDate: '2026-04-01',
  linkedChange: 'Highways redesign',
  rationale: 'Contract work moves to the new function',
});

describe('describers', () => {
  // The compiler already refuses a stored event type without a sentence (describers is a Record
  // over them); this keeps the runtime list honest too.
  it("cover every stored event type of the domain, and the sealer's checkpoint", () => {
    expect(describedEventTypes()).toEqual([...storedEventTypes, 'AuditCheckpointSealed'].sort());
  });

  it('tell a deal negotiation with the service, the actor and what moved', () => {
    const director = actor('service_director', 'Sam Okafor');
    const history = describeHistory([
      event('ServiceAdded', { authorityId: 'a', serviceId: 's-hw', directorateId: 'd', name: 'Highways' }),
      event('FteDealProposed', { dealId: 'd1', serviceId: 's-hw', terms: terms(800, 4_120_000), proposedBy: 'programme' }),
      event('FteDealCountered', { dealId: 'd1', terms: terms(600, 3_090_000), reason: 'Winter', side: 'service', onBehalfOfService: false }, director),
      event('FteDealAgreed', {
        dealId: 'd1',
        terms: terms(600, 3_090_000),
        offeredBy: 'service',
        acceptedBy: 'programme',
        onBehalfOfService: false,
        reason: null,
      }),
      event('FteDealAmendmentProposed', { dealId: 'd1', terms: terms(500, 3_090_000), reason: 'r', side: 'programme', onBehalfOfService: false }),
      event('FteDealAmendmentRejected', { dealId: 'd1', reason: 'no', side: 'service', onBehalfOfService: true }),
      event('DealNoteAdded', { dealId: 'd1', text: 'Director agreed verbally on 3 Dec.' }, director),
    ]).map((h) => h.sentence);
    expect(history).toEqual([
      'Consultant Priya Shah added the service Highways to a directorate',
      'Consultant Priya Shah proposed the Highways deal: 0.800 FTE, £41,200.00 from 2026-04-01',
      'Service director of Highways countered the Highways deal: 0.800 → 0.600 FTE, £41,200.00 → £30,900.00',
      'Consultant Priya Shah agreed the Highways deal: 0.600 FTE, £30,900.00 from 2026-04-01',
      'Consultant Priya Shah proposed an amendment to the Highways deal: 0.600 → 0.500 FTE',
      'Consultant Priya Shah, for Highways, rejected the amendment to the Highways deal; the agreed terms stay in force',
      'Service director of Highways added a note to the Highways deal: "Director agreed verbally on 3 Dec."',
    ]);
  });

  it('name a job description post from its stream, learned when it was drafted', () => {
    const stream = 'jobDescription-t_prog.dp1';
    const [, drafted, approved] = describeHistory([
      event('DesignPostAdded', { optionId: 'o1', post: { designPostId: 'dp1', title: 'Contract lead', grade: 11, fte: 1000, indicativeCostPence: 5_000_000 } }),
      event('JobDescriptionDrafted', { designPostId: 'dp1', version: 1 }, actor('hr_partner', 'Hana Reid'), stream),
      event('JobDescriptionApproved', { version: 1 }, actor('hr_partner', 'Hana Reid'), stream),
    ]);
    expect(drafted.sentence).toBe('HR business partner Hana Reid drafted version 1 of the job description for “Contract lead”');
    expect(approved.sentence).toBe('HR business partner Hana Reid approved version 1 of the job description for “Contract lead”');
  });

  it('tell a council policy pack version with what it sets', () => {
    const [, recorded] = describeHistory([
      event('AuthorityRegistered', { authorityId: 'a1', name: 'Northshire County Council', kind: 'County council' }),
      event(
        'PolicyPackRecorded',
        { authorityId: 'a1', version: 2, effectiveFrom: '2027-04-01', pack: NATIONAL_DEFAULT_POLICY, reason: 'Policy review' },
        actor('hr_partner', 'Dev Patel'),
      ),
    ]);
    expect(recorded.sentence).toBe(
      "HR business partner Dev Patel recorded version 2 of Northshire County Council's policy pack, in force from 2027-04-01: " +
        'slot-in at 70% job match, pay protection 36 months (full), discretionary compensation 1× statutory weeks up to 104 weeks',
    );
  });

  it('tell the facts that call for a Procurement Act notice and the notice published, naming the contract', () => {
    const contract = { contractId: 'c1', reference: 'ASC-001', title: 'Home care', supplier: 'Caring Hands Ltd', annualValuePence: 120_000_000 };
    const [, fact, notice] = describeHistory([
      event('ContractAdded', contract),
      event('ContractNoticeTriggerRecorded', {
        contractId: 'c1',
        triggerId: 't1',
        kind: 'failure_to_improve',
        occurredOn: '2026-11-20',
        description: 'No improvement',
      }),
      event('ContractNoticePublished', { contractId: 'c1', noticeId: 'n1', kind: 'change', triggerId: 't1', publishedOn: '2026-12-08', reference: null }),
    ]).map((h) => h.sentence);
    expect([fact, notice]).toEqual([
      'Consultant Priya Shah recorded a failure to improve on 2026-11-20 for the contract “Home care”: No improvement',
      'Consultant Priya Shah recorded the contract change notice for the contract “Home care” as published on 2026-12-08',
    ]);
  });

  it("tell a function's go-live date and what it replaced", () => {
    const [first, moved] = describeHistory([
      event('FunctionGoLiveDateSet', { goLiveDate: '2027-04-01', reason: 'After consultation closes', previousGoLiveDate: null }),
      event('FunctionGoLiveDateSet', { goLiveDate: '2027-06-01', reason: 'Recruitment takes longer', previousGoLiveDate: '2027-04-01' }),
    ]);
    expect(first.sentence).toBe("Consultant Priya Shah set the function's go-live date to 2027-04-01: After consultation closes");
    expect(moved.sentence).toBe("Consultant Priya Shah set the function's go-live date to 2027-06-01 (was 2027-04-01): Recruitment takes longer");
  });

  it('never repeat a password hash and still describe an unknown or malformed event', () => {
    const lex = emptyLexicon();
    const sentence = describeEvent(event('PasswordSet', { userId: 'u1', passwordHash: 'scrypt$secret' }), lex);
    expect(sentence).not.toContain('secret');
    expect(describeEvent(event('SomethingNewHappened', {}), lex)).toBe('Consultant Priya Shah recorded SomethingNewHappened');
    expect(describeEvent(event('FteDealProposed', {}), lex)).toBe('Consultant Priya Shah recorded FteDealProposed');
  });
});
