import type { Post } from "@/features/content/posts";
import { site } from "@/lib/site";
import type { OgInput } from "./render";

/** What a post's card shows: its title and the first rows of its comparison, or its summary. */
export function postCardInput(post: Pick<Post, "title" | "summary" | "comparison">): OgInput {
  return { title: post.title, summary: post.summary, rows: post.comparison?.rows };
}

/** The site's card: its name and description, for every page that is not a post. */
export function siteCardInput(): OgInput {
  return { title: site.name, summary: site.description, kicker: site.publisher };
}
