import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatInstant } from '../../../lib/format-instant';
import { NegotiationTimeline, type NegotiationStep } from './negotiation-timeline';

afterEach(cleanup);

const steps: NegotiationStep[] = [
  {
    side: 'PROGRAMME',
    action: 'proposed',
    actorName: 'Alex Morgan',
    actorRole: 'consultant',
    reason: null,
    onBehalfOfService: false,
    at: '2026-10-14T09:05:00.000Z',
    fte: 2500,
    budgetTotal: 23_100_000,
    sentence: 'Programme side proposed: 2.500 FTE, £231,000.00 from 3 posts, effective 2026-10-01. Rationale: Commissioning centralises',
  },
  {
    side: 'SERVICE',
    action: 'countered',
    actorName: 'Alex Morgan',
    actorRole: 'consultant',
    onBehalfOfService: true,
    reason: 'Director asked by phone to keep one officer',
    at: '2026-12-01T15:30:00.000Z',
    fte: 1500,
    budgetTotal: 15_390_000,
    sentence: "Service side (a consultant on the director's behalf) countered: 2.500 → 1.500 FTE. Reason: Director asked by phone to keep one officer.",
  },
  {
    side: 'PROGRAMME',
    action: 'agreed',
    actorName: 'Chris Walker',
    actorRole: 'service_director',
    onBehalfOfService: false,
    reason: 'Board said yes',
    at: null,
    fte: 1500,
    budgetTotal: 15_390_000,
    sentence: "Programme side agreed the service side's offer: 1.500 FTE, £153,900.00.",
  },
];

describe('the negotiation history timeline', () => {
  it('lists every step oldest first, each with what happened, who did it and when', () => {
    render(<NegotiationTimeline steps={steps} />);
    const list = screen.getByRole('list', { name: 'Negotiation history, oldest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByRole('heading', { level: 3 }).textContent).toBe('Proposed by the programme side');
    expect(items[0]!.textContent).toContain('Programme side proposed: 2.500 FTE');
    expect(items[0]!.textContent).toContain('Alex Morgan, Consultant');
    expect(items[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-10-14T09:05:00.000Z');
    // 09:05 UTC is 10:05 in London in October (BST).
    expect(items[0]!.textContent).toContain('14 October 2026 at 10:05');
    expect(items[0]!.textContent).toContain('2.500 FTE, £231,000.00');
  });

  it("says when a consultant answered on the director's behalf", () => {
    render(<NegotiationTimeline steps={steps} />);
    const second = screen.getAllByRole('listitem')[1]!;
    expect(within(second).getByRole('heading', { level: 3 }).textContent).toBe('Countered by the service side');
    expect(second.textContent).toContain("Alex Morgan, Consultant, on the director's behalf");
    expect(second.textContent).toContain('1 December 2026 at 15:30');
    expect(screen.getAllByRole('listitem')[0]!.textContent).not.toContain('behalf');
  });

  it('shows the reason once: in the sentence when there, else on its own line', () => {
    render(<NegotiationTimeline steps={steps} />);
    const [, second, third] = screen.getAllByRole('listitem');
    expect(second!.textContent!.split('Director asked by phone').length - 1).toBe(1);
    expect(third!.textContent).toContain('Reason: Board said yes');
    expect(third!.textContent).toContain('Chris Walker, Service director');
    expect(third!.textContent).toContain('an unrecorded time');
  });

  it('says so when nothing has been recorded', () => {
    render(<NegotiationTimeline steps={[]} />);
    expect(screen.getByText('Nothing has been recorded on this deal yet.')).toBeTruthy();
  });

  it('formats instants in UK time', () => {
    expect(formatInstant('2027-01-05T23:59:00Z')).toBe('5 January 2027 at 23:59');
    expect(formatInstant('2027-06-30T23:30:00Z')).toBe('1 July 2027 at 00:30');
  });
});
