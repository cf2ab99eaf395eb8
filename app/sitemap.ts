import type { MetadataRoute } from "next";
import {
  getAuthors,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getTags,
  lastModified,
  paginate,
  type Post,
} from "@/features/content/posts";
import { absoluteUrl, authorPath, postPath, tagPath } from "@/lib/site";

// lastmod always comes from content dates, never the build time.
const newest = (posts: readonly Post[]) => posts.map(lastModified).sort().at(-1);

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts();
  const site = newest(posts);
  return [
    { url: absoluteUrl("/"), lastModified: site },
    ...Array.from({ length: paginate(posts, 1)!.pageCount - 1 }, (_, i) => ({
      url: absoluteUrl(`/page/${i + 2}`),
      lastModified: newest(paginate(posts, i + 2)!.items),
    })),
    { url: absoluteUrl("/subscribe"), lastModified: site },
    { url: absoluteUrl("/scaffold"), lastModified: site },
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post.slug)), lastModified: lastModified(post) })),
    ...getTags().map((tag) => ({
      url: absoluteUrl(tagPath(tag.label)),
      lastModified: newest(getPostsByTag(tag.slug)),
    })),
    ...getAuthors().map((a) => ({ url: absoluteUrl(authorPath(a.id)), lastModified: newest(getPostsByAuthor(a.id)) })),
  ];
}
