import { DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES, type CommandMetadata, type Role } from '@orgledger/domain';
import { commandMeta, type Deps } from '../platform/app-context';
import { derivedUuid } from '../platform/ids';
import { importPosts } from '../establishment/establishment.commands';
import { submitActivityReturn } from '../analysis/analysis.commands';
import { demoPosts, establishmentCsv, seededRandom } from './establishment-demo';

type Actor = { userId: string; role: Role; displayName: string };
export type DemoCouncil = { authorityId: string; programmeId: string; services: Map<string, string> };

// Services whose directors return their own analysis through the portal; the consultant keys in
// the rest from workshop notes; two services have not returned yet.
const PORTAL_RETURNS = new Set(['Highways', 'Waste and Recycling', 'Adult Social Care']);
const NOT_YET_RETURNED = new Set(['ICT and Digital', 'Legal and Democratic Services']);

export const seedAnalysisDemo = async (deps: Deps, tenantId: string, council: DemoCouncil, actors: { consultant: Actor; directors: Map<string, Actor> }) => {
  const id = (label: string) => derivedUuid('orgledger-demo', label);
  const meta = (actor: Actor, label: string, reason?: string): CommandMetadata => commandMeta(tenantId, actor, { commandId: id(label), reason });
  const posts = demoPosts();
  await importPosts(deps, meta(actors.consultant, 'import:northshire:posts', 'Establishment extract from the HR system, October 2026'), {
    authorityId: council.authorityId,
    fileName: 'northshire-establishment-2026-10.csv',
    contentBase64: Buffer.from(establishmentCsv(posts)).toString('base64'),
  });

  // Activity ids are derived from the programme and the activity key, as the taxonomy seed does.
  const activity = (key: string) => derivedUuid(council.programmeId, 'activity', key);
  const cmKeys = DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.filter((a) => a.parentKey !== null && a.contractManagement).map((a) => a.key);
  const other = DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.find((a) => !a.contractManagement)!.key;
  const random = seededRandom(7);
  const postIdOf = (reference: string) => derivedUuid(id('import:northshire:posts'), 'post', reference.toUpperCase());

  for (const [service, serviceId] of council.services) {
    const mine = posts.filter((p) => p.service === service);
    if (!mine.length || NOT_YET_RETURNED.has(service)) continue;
    const entries = mine.map((p) => {
      // Spread the post's contract-management time over two or three activities, in fives.
      const picks = [...cmKeys].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 2));
      const shares = new Map<string, number>();
      let left = p.cmPercent;
      picks.forEach((key, i) => {
        const part = i === picks.length - 1 ? left : Math.round((left * (0.3 + random() * 0.4)) / 5) * 5;
        if (part > 0) shares.set(activity(key), part);
        left -= part;
      });
      if (p.cmPercent < 100) shares.set(activity(other), 100 - p.cmPercent);
      return { postId: postIdOf(p.reference), shares: [...shares].map(([activityId, percent]) => ({ activityId, percent })) };
    });
    const director = PORTAL_RETURNS.has(service) ? actors.directors.get(service) : undefined;
    const by = director ?? actors.consultant;
    await submitActivityReturn(
      deps,
      meta(by, `return:northshire:${service}`, director ? 'Returned through the portal after the team workshop' : 'Keyed in from the service workshop notes'),
      { programmeId: council.programmeId, authorityId: council.authorityId },
      { serviceId, posts: entries },
      director ? serviceId : null,
    );
  }
};
