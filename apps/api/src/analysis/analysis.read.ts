import { analyseActivity, DEFAULT_SUBSTANTIVE_THRESHOLD_PERCENT, type AnalysisPost, type Activity as DomainActivity } from '@orgledger/domain';
import { activitySharesModel, taxonomyModel } from './analysis.projector';
import type { ReadSide } from '../platform/read-side';

export const programmeActivities = (read: ReadSide, tenantId: string, programmeId: string): DomainActivity[] =>
  read.readModels.get(taxonomyModel, tenantId, programmeId)?.activities ?? [];

// The activity analysis over the given posts and the programme's latest returns; the analysis
// query passes the posts the user may see, the capacity model the whole establishment.
export const activityAnalysisOf = (
  read: ReadSide,
  tenantId: string,
  programmeId: string,
  posts: AnalysisPost[],
  thresholdPercent = DEFAULT_SUBSTANTIVE_THRESHOLD_PERCENT,
) => {
  const sharesByPost: Record<string, { activityId: string; percent: number }[]> = {};
  for (const s of read.readModels.list(activitySharesModel, tenantId, programmeId)) sharesByPost[s.postId] = s.shares;
  const activities = programmeActivities(read, tenantId, programmeId);
  return { result: analyseActivity({ posts, sharesByPost, activities, substantiveThresholdPercent: thresholdPercent }), activities };
};
