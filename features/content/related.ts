import { tagSlug } from "@/lib/site";

export type RelatedCandidate = { slug: string; tags: readonly string[]; publishedAt: string; draft: boolean };

/**
 * What to read next after `post`: the posts sharing most of its tags, newest first among equals. Never the
 * post itself, never a draft, never a post with no tag in common (an empty list hides the block).
 */
export function rankRelatedPosts<T extends RelatedCandidate>(
  post: RelatedCandidate,
  candidates: readonly T[],
  limit = 3,
): T[] {
  const mine = new Set(post.tags.map(tagSlug));
  if (mine.size === 0) return [];
  return candidates
    .filter((other) => other.slug !== post.slug && !other.draft)
    .map((other) => ({ other, shared: new Set(other.tags.map(tagSlug).filter((slug) => mine.has(slug))).size }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.other.publishedAt.localeCompare(a.other.publishedAt) ||
        a.other.slug.localeCompare(b.other.slug),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
