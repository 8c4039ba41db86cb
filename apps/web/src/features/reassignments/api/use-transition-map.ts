import { useQuery } from '@tanstack/react-query';
import { transitionMapOptions } from './reassignments.queries';

// The map with each as-is post's service name and postholder reference, and the to-be titles.
export function useTransitionMap(programmeId: string, authorityId: string) {
  return useQuery({
    ...transitionMapOptions(programmeId, authorityId),
    select: (data) => {
      const posts = new Map(data.posts.map((p) => [p.id, p]));
      const titles = new Map(data.transitionMap.toBe.map((t) => [t.designPostId, t.title]));
      return { ...data, posts, titles };
    },
  });
}
