import type { Decider } from '../shared/decider';
import { conflict, forbidden, invalid, notFound } from './errors';
import type { ActivityReturnCommand, PostShares, SubmitActivityReturn } from './commands';
import type { ActivityReturnEvent } from './events';
import { evolveActivityReturn, initialActivityReturnState, type ActivityReturnState } from './state';
import { requireActivityId } from './taxonomy';

const requireMayReturn = ({ data, metadata }: SubmitActivityReturn) => {
  const { role } = metadata.actor;
  if (role === 'consultant' || role === 'tenant_admin') return;
  if (role !== 'service_director') {
    throw forbidden('RETURN_NOT_ALLOWED', 'Only service directors and consultants can submit an activity return.', { role });
  }
  if (data.actorServiceId !== data.serviceId) {
    throw forbidden('NOT_YOUR_SERVICE', 'A service director can submit the activity return for their own service only.', {
      serviceId: data.serviceId,
    });
  }
};

const checkPost = (post: PostShares, reference: string, active: Set<string>): PostShares => {
  const seen = new Set<string>();
  let total = 0;
  const shares = (Array.isArray(post.shares) ? post.shares : []).map(({ activityId, percent }) => {
    const where = { postId: post.postId, reference, activityId };
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
      throw invalid(
        'INVALID_SHARE',
        `Post ${reference}: the share for activity ${activityId} must be a whole percentage from 0 to 100; got ${String(percent)}.`,
        where,
      );
    }
    if (seen.has(activityId)) throw invalid('ACTIVITY_LISTED_TWICE', `Post ${reference}: activity ${activityId} is listed twice; give it one share.`, where);
    if (!active.has(activityId)) {
      throw notFound('ACTIVITY_NOT_FOUND', `Post ${reference}: activity ${activityId} is not an active activity in this programme's taxonomy.`, where);
    }
    seen.add(activityId);
    total += percent;
    return { activityId, percent };
  });
  if (total > 100) {
    throw invalid('SHARES_OVER_100', `Post ${reference}: the shares add up to ${total}%; they may add up to 100% at most.`, {
      postId: post.postId,
      reference,
      total,
    });
  }
  return { postId: post.postId, shares };
};

// A return supersedes earlier returns only for the posts it covers; every return stays in history.
const submitActivityReturn = (command: SubmitActivityReturn, state: ActivityReturnState): ActivityReturnEvent => {
  requireMayReturn(command);
  const { data, metadata } = command;
  const returnId = requireActivityId(data.returnId);
  if (state.returnIds.includes(returnId)) throw conflict('RETURN_ALREADY_SUBMITTED', 'This activity return has already been submitted.', { returnId });
  if (!Array.isArray(data.posts) || data.posts.length === 0) {
    throw invalid('RETURN_HAS_NO_POSTS', 'An activity return needs the shares of at least one post.', { field: 'posts' });
  }
  const references = new Map(data.servicePosts.map((p) => [p.postId, p.reference]));
  const active = new Set(data.activeActivityIds);
  const listed = new Set<string>();
  const posts = data.posts.map((post) => {
    const reference = references.get(post.postId);
    if (reference === undefined) {
      throw invalid('POST_NOT_IN_SERVICE', `Post ${post.postId} is not one of this service's posts; return only the service's own posts.`, {
        postId: post.postId,
      });
    }
    if (listed.has(post.postId)) throw invalid('POST_LISTED_TWICE', `Post ${reference} is listed twice in this return.`, { postId: post.postId });
    listed.add(post.postId);
    return checkPost(post, reference, active);
  });
  const { programmeId, serviceId } = data;
  return { type: 'ActivityReturnSubmitted', data: { returnId, programmeId, serviceId, posts, submittedByRole: metadata.actor.role } };
};

export const decideActivityReturn = (command: ActivityReturnCommand, state: ActivityReturnState): ActivityReturnEvent[] => {
  switch (command.type) {
    case 'SubmitActivityReturn':
      return [submitActivityReturn(command, state)];
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown activity return command ${unknown}`);
    }
  }
};

export const activityReturnDecider: Decider<ActivityReturnCommand, ActivityReturnEvent, ActivityReturnState> = {
  decide: decideActivityReturn,
  evolve: evolveActivityReturn,
  initialState: initialActivityReturnState,
};
