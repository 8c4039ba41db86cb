import { formatFte, formatPence, type Fte, type Money } from '../../shared/values';
import type { DealNoteAdded, DealSide, FteDealsEvent } from '../events';
import { termsBudgetTotal, termsFte, type DealTerms } from '../terms';

export type NegotiationAction =
  'proposed' | 'countered' | 'agreed' | 'rejected' | 'withdrawn' | 'amendment_proposed' | 'amendment_countered' | 'amendment_agreed' | 'amendment_rejected';

export type NegotiationStep = {
  at?: string;
  dealId: string;
  side: DealSide; // who acted: for an agreement, the side that accepted
  onBehalfOfService: boolean;
  action: NegotiationAction;
  fte: Fte; // of the terms offered, accepted, or left on the table or in force
  budgetTotal: Money; // the same terms' budget, all years together
  reason: string | null;
  sentence: string;
};

// The API passes each event with the instant from its envelope; it adds actor names itself.
export type DealHistoryEvent = FteDealsEvent & { at?: string };

const SIDE = { programme: 'Programme side', service: 'Service side' } as const;
const who = (side: DealSide, onBehalfOfService: boolean) => (onBehalfOfService ? `${SIDE[side]} (a consultant on the director's behalf)` : SIDE[side]);
const withReason = (reason: string | null) => (reason ? ` Reason: ${reason}${/[.!?]$/.test(reason) ? '' : '.'}` : '');
const amounts = (terms: DealTerms) => `${formatFte(termsFte(terms))} FTE, ${formatPence(termsBudgetTotal(terms))}`;
const change = (before: DealTerms | null, after: DealTerms) => {
  if (!before) return amounts(after);
  const step = (a: string, b: string, unit = '') => (a === b ? `${b}${unit} unchanged` : `${a} → ${b}${unit}`);
  const fte = step(formatFte(termsFte(before)), formatFte(termsFte(after)), ' FTE');
  return `${fte}, ${step(formatPence(termsBudgetTotal(before)), formatPence(termsBudgetTotal(after)))}`;
};
const posts = (n: number) => (n === 1 ? '1 post' : `${n} posts`);

type Track = { offer: DealTerms | null; agreed: DealTerms | null };
// Notes are not steps of the negotiation: the deal lists them apart (DealSummary.notes).
type StepEvent = Exclude<FteDealsEvent, DealNoteAdded>;

const stepOf = (event: StepEvent, track: Track): Omit<NegotiationStep, 'at' | 'dealId' | 'fte' | 'budgetTotal'> & { terms: DealTerms } => {
  const { offer, agreed } = track;
  switch (event.type) {
    case 'FteDealProposed': {
      const { terms, proposedBy } = event.data;
      const linked = terms.linkedChange ? `, linked to ${terms.linkedChange}` : '';
      const sentence = `${who(proposedBy, false)} proposed: ${amounts(terms)} from ${posts(terms.sourcePosts.length)}, effective ${terms.effectiveDate}${linked}. Rationale: ${terms.rationale}`;
      return { side: proposedBy, onBehalfOfService: false, action: 'proposed', reason: null, terms, sentence };
    }
    case 'FteDealCountered':
    case 'FteDealAmendmentProposed':
    case 'FteDealAmendmentCountered': {
      const { terms, side, onBehalfOfService, reason } = event.data;
      const action = event.type === 'FteDealCountered' ? 'countered' : event.type === 'FteDealAmendmentProposed' ? 'amendment_proposed' : 'amendment_countered';
      const verb = { countered: 'countered', amendment_proposed: 'proposed an amendment', amendment_countered: 'countered the amendment' }[action];
      const before = action === 'amendment_proposed' ? agreed : offer;
      const meanwhile = action === 'countered' ? '' : '; the agreed terms stay in force meanwhile';
      const sentence = `${who(side, onBehalfOfService)} ${verb}: ${change(before, terms)}${meanwhile}.${withReason(reason)}`;
      return { side, onBehalfOfService, action, reason, terms, sentence };
    }
    case 'FteDealAgreed':
    case 'FteDealAmendmentAgreed': {
      const { terms, offeredBy, acceptedBy, onBehalfOfService, reason } = event.data;
      const amendment = event.type === 'FteDealAmendmentAgreed';
      const what = amendment ? 'amendment' : 'offer';
      const sentence = `${who(acceptedBy, onBehalfOfService)} agreed the ${offeredBy} side's ${what}: ${amounts(terms)}${amendment ? ', now in force' : ''}.${withReason(reason)}`;
      return { side: acceptedBy, onBehalfOfService, action: amendment ? 'amendment_agreed' : 'agreed', reason, terms, sentence };
    }
    case 'FteDealRejected': {
      const { side, onBehalfOfService, reason } = event.data;
      const sentence = `${who(side, onBehalfOfService)} rejected the deal with ${amounts(offer!)} on the table.${withReason(reason)}`;
      return { side, onBehalfOfService, action: 'rejected', reason, terms: offer!, sentence };
    }
    case 'FteDealWithdrawn': {
      const sentence = `${SIDE.programme} withdrew the deal with ${amounts(offer!)} on the table.${withReason(event.data.reason)}`;
      return { side: 'programme', onBehalfOfService: false, action: 'withdrawn', reason: event.data.reason, terms: offer!, sentence };
    }
    case 'FteDealAmendmentRejected': {
      const { side, onBehalfOfService, reason } = event.data;
      const sentence = `${who(side, onBehalfOfService)} rejected the amendment; the agreed ${amounts(agreed!)} stay in force.${withReason(reason)}`;
      return { side, onBehalfOfService, action: 'amendment_rejected', reason, terms: agreed!, sentence };
    }
  }
};

const after = (event: StepEvent, track: Track): Track => {
  switch (event.type) {
    case 'FteDealAgreed':
    case 'FteDealAmendmentAgreed':
      return { offer: null, agreed: event.data.terms };
    case 'FteDealRejected':
    case 'FteDealWithdrawn':
    case 'FteDealAmendmentRejected':
      return { ...track, offer: null };
    default:
      return { ...track, offer: event.data.terms };
  }
};

// The negotiation as an auditor replays it: who offered what, what changed, and why. Pass one
// deal's events, or a whole stream with the dealId wanted. Events of an unknown deal are skipped.
export const negotiationHistory = (events: DealHistoryEvent[], dealId?: string): NegotiationStep[] => {
  const tracks = new Map<string, Track>();
  const steps: NegotiationStep[] = [];
  for (const event of events) {
    const id = event.data.dealId;
    if ((dealId !== undefined && id !== dealId) || event.type === 'DealNoteAdded') continue;
    const track = event.type === 'FteDealProposed' ? { offer: null, agreed: null } : tracks.get(id);
    if (!track) continue;
    const { terms, ...step } = stepOf(event, track);
    steps.push({ ...(event.at === undefined ? {} : { at: event.at }), dealId: id, ...step, fte: termsFte(terms), budgetTotal: termsBudgetTotal(terms) });
    tracks.set(id, after(event, track));
  }
  return steps;
};
