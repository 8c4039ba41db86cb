import { invalid } from './errors';
import { fteToDecimalString, type Fte, type Money } from '../shared/values';
import { allocateRounded, roundHalfUp } from './rounding';
import { contractManagementActivityIds, type Activity, type ActivityShare } from './taxonomy';

export type AnalysisPost = { postId: string; serviceId: string; fte: Fte; budgetedAnnualCostPence: Money };
export type ActivityAnalysisInput = {
  posts: AnalysisPost[];
  sharesByPost: Record<string, ActivityShare[]>;
  activities: Activity[];
  substantiveThresholdPercent?: number;
};
export type ActivityAnalysis = {
  totalFte: Fte;
  totalCostPence: Money;
  postsAnalysed: number;
  postsWithContractManagement: number;
  substantivePosts: number;
  fractionalPosts: number;
  thresholdPercent: number;
  byService: { serviceId: string; fte: Fte; costPence: Money; posts: number; substantivePosts: number }[];
  byActivity: { activityId: string; fte: Fte; costPence: Money }[];
  headline: string;
  roundingRule: string;
};

export const DEFAULT_SUBSTANTIVE_THRESHOLD_PERCENT = 50;
// fte (thousandths) × percent is in 1/100,000 FTE and pence × percent in 1/100 pence: divide by 100 once, at the end.
const PERCENT = 100;

export const ROUNDING_RULE =
  "Each post's contract-management time is kept exact, totals are rounded once, half up, to 0.001 FTE and to the penny, " +
  'and the figures by service and by activity are rounded by the largest-remainder method so that they add up exactly to those totals.';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const oneDecimal = (fte: Fte) => {
  const text = fteToDecimalString(roundHalfUp(fte, 100) * 100);
  return text.includes('.') ? text : `${text}.0`;
};

const headlineOf = (a: Omit<ActivityAnalysis, 'headline' | 'roundingRule' | 'byService' | 'byActivity'>): string => {
  if (a.postsAnalysed === 0) {
    return 'No activity returns yet: contract-management time will show here once services return how their posts spend their time.';
  }
  if (a.postsWithContractManagement === 0) {
    return `No contract-management time in the activity returns so far, which cover ${plural(a.postsAnalysed, 'post', 'posts')}.`;
  }
  const part =
    a.thresholdPercent === 50 ? 'at least half the job' : a.thresholdPercent === 100 ? 'the whole job' : `at least ${a.thresholdPercent}% of the job`;
  const start = `${oneDecimal(a.totalFte)} FTE of contract-management time across ${plural(a.postsWithContractManagement, 'post', 'posts')}`;
  if (a.substantivePosts === 0) return `${start}, but no post where it is ${part}`;
  if (a.substantivePosts < a.postsWithContractManagement) {
    return `${start}, but only ${plural(a.substantivePosts, 'post', 'posts')} where it is ${part}`;
  }
  return a.postsWithContractManagement === 1 ? `${start}, where it is ${part}` : `${start}, in every one of which it is ${part}`;
};

// Plain loops over arrays indexed by service and activity: 5,000 posts × 10 shares takes a few milliseconds.
export const analyseActivity = (input: ActivityAnalysisInput): ActivityAnalysis => {
  const thresholdPercent = input.substantiveThresholdPercent ?? DEFAULT_SUBSTANTIVE_THRESHOLD_PERCENT;
  if (!Number.isInteger(thresholdPercent) || thresholdPercent < 1 || thresholdPercent > 100) {
    throw invalid('INVALID_THRESHOLD', `The substantive threshold must be a whole percentage from 1 to 100; got ${thresholdPercent}.`, {
      field: 'substantiveThresholdPercent',
    });
  }
  // Retired activities still count: the time was reported when they were live.
  const cmIds = contractManagementActivityIds(input.activities, { includeRetired: true });
  const activityIndex = new Map(cmIds.map((id, i) => [id, i]));
  const activityFte = new Array<number>(cmIds.length).fill(0);
  const activityCost = new Array<number>(cmIds.length).fill(0);
  const activitySeen = new Array<boolean>(cmIds.length).fill(false);
  const serviceIndex = new Map<string, number>();
  const services: { serviceId: string; posts: number; substantivePosts: number }[] = [];
  const serviceFte: number[] = [];
  const serviceCost: number[] = [];
  let totalFte = 0;
  let totalCost = 0;
  let postsAnalysed = 0;
  let withCm = 0;
  let substantive = 0;

  const { posts, sharesByPost } = input;
  for (let p = 0; p < posts.length; p += 1) {
    const post = posts[p];
    const shares = sharesByPost[post.postId];
    if (shares === undefined) continue;
    postsAnalysed += 1;
    let s = serviceIndex.get(post.serviceId);
    if (s === undefined) {
      s = services.push({ serviceId: post.serviceId, posts: 0, substantivePosts: 0 }) - 1;
      serviceIndex.set(post.serviceId, s);
      serviceFte.push(0);
      serviceCost.push(0);
    }
    services[s].posts += 1;
    let cmPercent = 0;
    for (let k = 0; k < shares.length; k += 1) {
      const share = shares[k];
      const a = activityIndex.get(share.activityId);
      if (a === undefined) continue;
      cmPercent += share.percent;
      activityFte[a] += post.fte * share.percent;
      activityCost[a] += post.budgetedAnnualCostPence * share.percent;
      activitySeen[a] = true;
    }
    if (cmPercent === 0) continue;
    withCm += 1;
    if (cmPercent >= thresholdPercent) {
      substantive += 1;
      services[s].substantivePosts += 1;
    }
    serviceFte[s] += post.fte * cmPercent;
    serviceCost[s] += post.budgetedAnnualCostPence * cmPercent;
    totalFte += post.fte * cmPercent;
    totalCost += post.budgetedAnnualCostPence * cmPercent;
  }

  const svcFte = allocateRounded(serviceFte, PERCENT);
  const svcCost = allocateRounded(serviceCost, PERCENT);
  const actFte = allocateRounded(activityFte, PERCENT);
  const actCost = allocateRounded(activityCost, PERCENT);
  const summary = {
    totalFte: roundHalfUp(totalFte, PERCENT),
    totalCostPence: roundHalfUp(totalCost, PERCENT),
    postsAnalysed,
    postsWithContractManagement: withCm,
    substantivePosts: substantive,
    fractionalPosts: withCm - substantive,
    thresholdPercent,
  };
  return {
    ...summary,
    byService: services.map((svc, i) => ({
      serviceId: svc.serviceId,
      fte: svcFte[i],
      costPence: svcCost[i],
      posts: svc.posts,
      substantivePosts: svc.substantivePosts,
    })),
    byActivity: cmIds.flatMap((activityId, i) => (activitySeen[i] ? [{ activityId, fte: actFte[i], costPence: actCost[i] }] : [])),
    headline: headlineOf(summary),
    roundingRule: ROUNDING_RULE,
  };
};
