import type { Post } from "@/features/content/posts";
import { site } from "@/lib/site";
import type { CardRow } from "./card";
import { fitCardRows, fitSummary, fitTitle } from "./fit";
import type { OgInput } from "./render";

type CardPost = Pick<Post, "title" | "summary" | "comparison" | "sourcePath">;

/** What a post's card shows: site name and author, its title, and its comparison's rows (or its summary). */
export function postCardInput(post: CardPost, authorName: string): OgInput {
  const { rows } = fitCardRows(post.comparison?.rows ?? []);
  const withTable = rows.length > 0;
  return {
    kicker: site.name,
    byline: authorName,
    title: fitTitle(post.title, withTable),
    ...(withTable ? { rows } : { summary: fitSummary(post.summary) }),
  };
}

/** What the build says about a post whose card had to cut text, naming the file and the row. */
export function postCardWarnings(post: CardPost): string[] {
  return fitCardRows(post.comparison?.rows ?? []).warnings.map((warning) => `${post.sourcePath}: ${warning}`);
}

/** The site's card: its name and description, for every page that is not a post. */
export function siteCardInput(): OgInput {
  return { title: site.name, summary: fitSummary(site.description), kicker: site.publisher };
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
const describeRow = (row: CardRow) =>
  `${sentence(row.surface)} Looked correct: ${sentence(row.looksCorrect)} Actually worked: ${sentence(row.actuallyWorks)}`;

/** og:image:alt for a post: what its own card says, in reading order. */
export function postCardAlt(post: CardPost, authorName: string): string {
  const card = postCardInput(post, authorName);
  const body = card.rows?.length
    ? `A table of what looked correct and what actually worked. ${card.rows.map(describeRow).join(" ")}`
    : card.summary;
  return `${site.name} share card for “${card.title}” by ${authorName}. ${body}`;
}
