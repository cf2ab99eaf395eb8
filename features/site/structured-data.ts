import { absoluteUrl, authorPath, postPath, site } from "@/lib/site";

type PostForLd = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  updatedAt?: string;
  tags: readonly string[];
  lang: string;
};

/** schema.org BlogPosting for a post page. */
export function blogPostingLd(post: PostForLd, author: { id: string; name: string }, imageUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.summary,
    datePublished: post.publishedAt,
    dateModified: post.updatedAt ?? post.publishedAt,
    author: { "@type": "Person", name: author.name, url: absoluteUrl(authorPath(author.id)) },
    publisher: { "@type": "Organization", name: site.publisher, url: absoluteUrl("/") },
    image: imageUrl,
    keywords: post.tags.join(", "),
    inLanguage: post.lang,
    mainEntityOfPage: { "@type": "WebPage", "@id": absoluteUrl(postPath(post.slug)) },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no string in it can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
