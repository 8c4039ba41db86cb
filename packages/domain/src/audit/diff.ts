// What changed in a programme between two moments: its function design, its deals and its funding
// position, each change linked to the events after the first moment that caused it.
import { type DealSummary, type FteDealsEvent, fundingPosition, type FundingPosition, projectDeal } from '../deals';
import { type DesignPost, evolveFunctionDesign, type FunctionDesignEvent, type FunctionDesignState, initialFunctionDesignState } from '../design';
import { formatFte, formatPence } from '../shared/values';
import type { AuditEvent } from './lexicon';

export type DiffEvent = AuditEvent & { eventId: string };
export type DiffArea = 'design' | 'deals' | 'funding';
export type DiffChange = 'added' | 'removed' | 'changed';
export type DiffItem = { area: DiffArea; change: DiffChange; key: string; label: string; before: string | null; after: string | null; causedBy: string[] };

type Moment = { design: FunctionDesignState; deals: Map<string, DealSummary> };

const fteText = (n: number) => `${formatFte(n)} FTE`;
const postText = (p: DesignPost) => `grade ${p.grade}, ${fteText(p.fte)}, ${formatPence(p.indicativeCostPence)}, reports to ${p.reportsTo ?? 'nobody'}`;
const dealText = (d: DealSummary) =>
  `${d.status.replace(/_/g, ' ')}: ${fteText(d.fte)}, ${formatPence(d.budget.reduce((a, b) => a + b.pence, 0))} from ${d.effectiveDate}`;

const isDesign = (e: AuditEvent) => e.streamName.startsWith('functionDesign-');
const isDeal = (e: AuditEvent) => e.streamName.startsWith('fteDeals-');

const step = (m: Moment, e: DiffEvent): Moment => {
  if (isDesign(e)) return { ...m, design: evolveFunctionDesign(m.design, e as unknown as FunctionDesignEvent) };
  if (isDeal(e)) {
    const dealEvent = e as unknown as FteDealsEvent;
    const row = projectDeal(m.deals.get(dealEvent.data.dealId) ?? null, dealEvent);
    if (row) m.deals.set(row.dealId, row);
  }
  return m;
};

// Which entities an event touched, as diff keys.
const touched = (e: DiffEvent): string[] => {
  const d = e.data;
  if (isDeal(e)) return [`deal:${d.dealId}`, 'funding'];
  if (!isDesign(e)) return [];
  if (e.type === 'DesignOptionChosen') return ['chosen', 'funding'];
  if (e.type === 'FunctionGoLiveDateSet') return ['funding'];
  const postId = d.post?.designPostId ?? d.designPostId;
  const reports = (d.reassignedReports ?? []).map((id: string) => `post:${d.optionId}:${id}`);
  return [
    `option:${d.optionId}`,
    ...(postId ? [`post:${d.optionId}:${postId}`] : []),
    ...reports,
    ...(e.type === 'DesignOptionDrafted' ? (d.posts ?? []).map((p: DesignPost) => `post:${d.optionId}:${p.designPostId}`) : []),
    'funding',
  ];
};

const compare = (area: DiffArea, key: string, label: string, before: string | null, after: string | null, causes: Map<string, string[]>): DiffItem[] =>
  before === after
    ? []
    : [{ area, key, label, before, after, change: before === null ? 'added' : after === null ? 'removed' : 'changed', causedBy: causes.get(key) ?? [] }];

const funding = (m: Moment): FundingPosition => {
  const chosen = m.design.options.find((o) => o.optionId === m.design.chosenOptionId);
  return fundingPosition({ deals: [...m.deals.values()], designNeed: { fte: chosen ? chosen.posts.reduce((a, p) => a + p.fte, 0) : 0, budgetByYear: {} } });
};

const fundingLines = (m: Moment): Map<string, string> => {
  const f = funding(m);
  const out = new Map<string, string>([
    ['FTE agreed', fteText(f.fte.agreed)],
    ['FTE in the pipeline', fteText(f.fte.pipeline)],
    ['FTE needed by the chosen design', fteText(f.fte.needed)],
  ]);
  for (const y of f.byYear) {
    if (y.agreedPence) out.set(`Budget agreed ${y.financialYear}`, formatPence(y.agreedPence));
    if (y.pipelinePence) out.set(`Budget in the pipeline ${y.financialYear}`, formatPence(y.pipelinePence));
  }
  return out;
};

// `events`: the programme's design and deal events oldest first up to the second moment; the
// first `cut` of them happened by the first moment. `names` names services for the deal labels.
export const programmeDiff = (events: DiffEvent[], cut: number, names: (id: string) => string = (id) => id): DiffItem[] => {
  let m: Moment = { design: initialFunctionDesignState, deals: new Map() };
  let before: Moment | null = null;
  const causes = new Map<string, string[]>();
  events.forEach((e, i) => {
    if (i === cut) before = { design: m.design, deals: new Map(m.deals) };
    m = step(m, e);
    if (i >= cut) for (const k of touched(e)) causes.set(k, [...(causes.get(k) ?? []), e.eventId]);
  });
  const a: Moment = before ?? { design: m.design, deals: new Map(m.deals) };
  const b = m;
  const items: DiffItem[] = [];

  const optionIds = [...new Set([...a.design.options, ...b.design.options].map((o) => o.optionId))];
  for (const id of optionIds) {
    const [oa, ob] = [a.design.options.find((o) => o.optionId === id), b.design.options.find((o) => o.optionId === id)];
    const name = (ob ?? oa)!.name;
    items.push(
      ...compare(
        'design',
        `option:${id}`,
        `Option “${name}”`,
        oa ? `${oa.name}: ${oa.posts.length} posts` : null,
        ob ? `${ob.name}: ${ob.posts.length} posts` : null,
        causes,
      ),
    );
    const postIds = [...new Set([...(oa?.posts ?? []), ...(ob?.posts ?? [])].map((p) => p.designPostId))];
    for (const pid of postIds) {
      const [pa, pb] = [oa?.posts.find((p) => p.designPostId === pid), ob?.posts.find((p) => p.designPostId === pid)];
      items.push(
        ...compare('design', `post:${id}:${pid}`, `Post “${(pb ?? pa)!.title}” in “${name}”`, pa ? postText(pa) : null, pb ? postText(pb) : null, causes),
      );
    }
  }
  const optionName = (s: FunctionDesignState) => s.options.find((o) => o.optionId === s.chosenOptionId)?.name ?? null;
  items.push(...compare('design', 'chosen', 'Chosen design option', optionName(a.design), optionName(b.design), causes));

  for (const id of [...new Set([...a.deals.keys(), ...b.deals.keys()])]) {
    const [da, db] = [a.deals.get(id), b.deals.get(id)];
    items.push(...compare('deals', `deal:${id}`, `${names((db ?? da)!.serviceId)} deal`, da ? dealText(da) : null, db ? dealText(db) : null, causes));
  }

  const [fa, fb] = [fundingLines(a), fundingLines(b)];
  for (const label of [...new Set([...fa.keys(), ...fb.keys()])]) {
    items.push(...compare('funding', 'funding', label, fa.get(label) ?? null, fb.get(label) ?? null, causes));
  }
  return items;
};
