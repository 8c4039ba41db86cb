import type { CommandMetadata, DealTerms, Role } from '@orgledger/domain';
import { commandMeta, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { actOnDeal, proposeFteDeal, type DealAction } from '../deals/deals.commands';
import { demoPosts } from './establishment-demo';
import type { DemoCouncil } from './analysis-seed';

type Actor = { userId: string; role: Role; displayName: string };

// Five negotiations in different states, so the funding position and the portal show real work.
export const seedDealsDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor; directors: Map<string, Actor> }) => {
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const postIdOf = (reference: string) => derivedUuid(id('import:northshire:posts'), 'post', reference.toUpperCase());
  const posts = demoPosts();
  // A service's posts with the most contract-management time, released in whole or in part.
  const release = (service: string, count: number, share: (fte: number) => number) =>
    posts
      .filter((p) => p.service === service && !p.vacant)
      .sort((a, b) => b.cmPercent - a.cmPercent || a.reference.localeCompare(b.reference))
      .slice(0, count)
      .map((p) => ({ postId: postIdOf(p.reference), fte: share(Math.round(Number(p.fte) * 1000)) }));
  const terms = (service: string, count: number, share: (fte: number) => number, pence: number, rationale: string): DealTerms => ({
    sourcePosts: release(service, count, share),
    budget: [
      { financialYear: '2026/27', pence: Math.round(pence / 2) },
      { financialYear: '2027/28', pence },
    ],
    effectiveDate: '2026-10-01',
    linkedChange: `${service} service redesign 2026`,
    rationale,
  });
  const meta = (actor: Actor, label: string, reason?: string): CommandMetadata => commandMeta(tenantId, actor, { commandId: id(label), reason });
  const scope = (service: string) => ({ programmeId: council.programmeId, authorityId: council.authorityId, serviceId: council.services.get(service)! });
  const c = actors.consultant;
  const director = (service: string) => actors.directors.get(service);
  const step = async (service: string, dealId: string, actor: Actor, label: string, action: DealAction) => {
    const own = director(service);
    const onBehalf = actor.role !== 'service_director' && label.includes(':service:');
    await actOnDeal(
      deps,
      meta(actor, label, action.reason ?? undefined),
      scope(service),
      { dealId, onBehalfOfService: onBehalf, actorServiceId: actor === own ? scope(service).serviceId : null },
      action,
    );
  };
  const propose = (service: string, t: DealTerms, reason: string) => proposeFteDeal(deps, meta(c, `deal:${service}`, reason), scope(service), t, null);

  // Highways: proposed, countered by the director in the portal, agreed by the consultant.
  const hwy = await propose(
    'Highways',
    terms('Highways', 3, (f) => f, 13_600_000, 'Contract monitoring for the highways term maintenance contract moves to the central team'),
    'Opening offer after the activity analysis',
  );
  await step('Highways', hwy, director('Highways')!, 'deal:Highways:service:1', {
    type: 'CounterFteDeal',
    terms: terms('Highways', 2, (f) => f, 9_650_000, 'Keep the permit scheme officer in Highways'),
    reason: 'The permit scheme stays with the service',
  });
  await step('Highways', hwy, c, 'deal:Highways:programme:2', { type: 'AgreeFteDeal', reason: 'Agreed at the programme board on 14 October' });

  // Waste and Recycling: countered twice; the director's last offer awaits the programme.
  const wst = await propose(
    'Waste and Recycling',
    terms('Waste and Recycling', 3, (f) => f, 14_100_000, 'The collection contract needs a dedicated contract manager'),
    'Opening offer',
  );
  await step('Waste and Recycling', wst, director('Waste and Recycling')!, 'deal:Waste:service:1', {
    type: 'CounterFteDeal',
    terms: terms('Waste and Recycling', 2, (f) => f, 9_200_000, 'Two posts, not three'),
    reason: 'We need one officer for the depot contracts',
  });
  await step('Waste and Recycling', wst, c, 'deal:Waste:programme:2', {
    type: 'CounterFteDeal',
    terms: terms('Waste and Recycling', 3, (f) => Math.round(f / 2), 7_050_000, 'Half of three posts'),
    reason: 'Half-time from each keeps depot knowledge in the service',
  });
  await step('Waste and Recycling', wst, director('Waste and Recycling')!, 'deal:Waste:service:3', {
    type: 'CounterFteDeal',
    terms: terms('Waste and Recycling', 2, (f) => Math.round(f / 2), 4_600_000, 'Half of two posts'),
    reason: 'Only two can be spared, half-time',
  });

  // Adult Social Care: rejected by the director.
  const asc = await propose(
    'Adult Social Care',
    terms('Adult Social Care', 3, (f) => Math.round(f / 5), 2_700_000, 'Home care framework monitoring'),
    'Opening offer',
  );
  await step('Adult Social Care', asc, director('Adult Social Care')!, 'deal:ASC:service:1', {
    type: 'RejectFteDeal',
    reason: 'Care quality monitoring must stay with the social work teams (CQC inspection due)',
  });

  // Home to School Transport: proposed, awaiting the service.
  await propose(
    'Home to School Transport',
    terms('Home to School Transport', 2, (f) => f, 8_200_000, 'SEND transport contracts move to the central team'),
    'Opening offer',
  );

  // Adults Commissioning: a consultant counters on the director's behalf (recorded as such), then agreed.
  const acm = await propose(
    'Adults Commissioning',
    terms('Adults Commissioning', 3, (f) => f, 15_400_000, 'Commissioning contract management centralises'),
    'Opening offer',
  );
  await step('Adults Commissioning', acm, c, 'deal:ACM:service:1', {
    type: 'CounterFteDeal',
    terms: terms('Adults Commissioning', 2, (f) => f, 10_260_000, 'Two posts'),
    reason: 'Director asked by phone to keep one commissioning officer',
  });
  await step('Adults Commissioning', acm, c, 'deal:ACM:programme:2', { type: 'AgreeFteDeal', reason: 'Programme board accepted the counter' });
};
