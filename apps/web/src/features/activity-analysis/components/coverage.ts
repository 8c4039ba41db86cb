export type CoverageService = { id: string; name: string };

// Services of the council that have posts, none of which has an activity return yet.
export function servicesNotReturned(
  services: readonly CoverageService[],
  posts: readonly { id: string; serviceId: string }[],
  shares: readonly { postId: string }[],
): CoverageService[] {
  const returned = new Set(shares.map((s) => s.postId));
  const withPosts = new Set<string>();
  const withReturns = new Set<string>();
  for (const post of posts) {
    withPosts.add(post.serviceId);
    if (returned.has(post.id)) withReturns.add(post.serviceId);
  }
  return services.filter((s) => withPosts.has(s.id) && !withReturns.has(s.id));
}
