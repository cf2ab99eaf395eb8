import type { TagSummary } from "@/features/content/posts";
import { tagFeedPath, tagPath, TAGS_PATH } from "@/lib/site";
import { PageHead } from "./page-head";

/** /tags: every tag, how many posts carry it, its page and its feed. */
export function TagIndexView({ tags }: { tags: readonly TagSummary[] }) {
  return (
    <>
      <PageHead
        title="Tags"
        description="Every tag on the Log, with its posts and its own RSS feed."
        canonical={TAGS_PATH}
      />
      <h1 className="page-title">Tags</h1>
      {tags.length === 0 ? (
        <p>No tags yet.</p>
      ) : (
        <ul className="tag-index">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <a href={tagPath(tag.label)}>{tag.label}</a>{" "}
              <span className="tag-count">
                {tag.count} {tag.count === 1 ? "post" : "posts"}
              </span>{" "}
              <a className="tag-feed" href={tagFeedPath(tag.label)} aria-label={`RSS for ${tag.label}`}>
                RSS
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
