import { defineCollection, defineConfig } from "@content-collections/core";
import { compileMDX } from "@content-collections/mdx";
import { readFile } from "node:fs/promises";
import path from "node:path";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeHighlight from "rehype-highlight";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { renderPost } from "@/features/content/render-post";
import { remarkSourceLines } from "@/features/figures/remark-source-lines";
import { resolveFigures } from "@/features/figures/resolve-figures";
import { env } from "@/lib/env";
import { authorSchema, postFrontmatterSchema, seriesSchema } from "@/features/content/schema";

// CONTENT_DIR lets tests and the build benchmark point the same config at another tree. content-collections
// joins collection directories onto the project root, so an absolute one becomes a relative path here.
const contentDir = path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR ?? "content"));

/** How many lines of the .mdx file come before its body (the frontmatter): body line N is file line N + this. */
async function bodyLineOffset(file: string, body: string): Promise<number> {
  const source = await readFile(file, "utf8").catch(() => body);
  const bodyStart = source.indexOf(body);
  return bodyStart > 0 ? source.slice(0, bodyStart).split("\n").length - 1 : 0;
}

/** Turn esbuild's wrapped MDX error into "line N: reason", with N counted in the .mdx file itself. */
async function describeMdxError(error: unknown, file: string, body: string): Promise<string> {
  const message = error instanceof Error ? error.message : String(error);
  const located = /^\s*(\d+):(\d+)(?:-\d+:\d+)?: ([^\n]+)/m.exec(message);
  if (!located) return message.split("\n").slice(0, 4).join(" ");
  return `line ${Number(located[1]) + (await bodyLineOffset(file, body))}: ${located[3]}`;
}

/** A post's slug: its file name, or its folder's name for content/posts/<slug>/index.mdx (figures beside it). */
function slugOf(meta: { fileName: string; directory: string }): string {
  return /^index\.mdx?$/.test(meta.fileName) ? path.basename(meta.directory) : meta.fileName.replace(/\.mdx?$/, "");
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const authors = defineCollection({
  name: "authors",
  directory: `${contentDir}/authors`,
  include: "*.{yaml,yml}",
  parser: "yaml",
  schema: authorSchema,
  transform: (author) => {
    const file = `${contentDir}/authors/${author._meta.filePath}`;
    if (author._meta.path !== author.id) {
      throw new Error(`${file}: id: "${author.id}" must match the file name "${author._meta.path}"`);
    }
    return author;
  },
});

const series = defineCollection({
  name: "series",
  directory: `${contentDir}/series`,
  include: "*.{yaml,yml}",
  parser: "yaml",
  schema: seriesSchema,
  transform: (entry) => ({ ...entry, id: entry._meta.path }),
});

const posts = defineCollection({
  name: "posts",
  directory: `${contentDir}/posts`,
  include: "**/*.{md,mdx}",
  schema: postFrontmatterSchema,
  transform: async (post, context) => {
    const file = `${contentDir}/posts/${post._meta.filePath}`;
    const slug = slugOf(post._meta);
    if (!SLUG.test(slug)) {
      throw new Error(`${file}: slug: the file name "${slug}" must be lowercase words joined by hyphens`);
    }
    const twins = (await context.collection.documents()).filter(
      (other) => slugOf(other._meta) === slug && other._meta.filePath !== post._meta.filePath,
    );
    if (twins.length > 0) {
      const others = twins.map((t) => `${contentDir}/posts/${t._meta.filePath}`).join(", ");
      throw new Error(`${file}: slug: duplicate slug "${slug}", also used by ${others}`);
    }
    const known = context.documents(authors);
    if (!known.some((a) => a.id === post.author)) {
      const ids = known.map((a) => a.id).join(", ") || "none";
      throw new Error(`${file}: author: unknown author "${post.author}" (known authors: ${ids})`);
    }
    if (post.series && !context.documents(series).some((s) => s._meta.path === post.series!.id)) {
      const ids =
        context
          .documents(series)
          .map((s) => s._meta.path)
          .join(", ") || "none";
      throw new Error(`${file}: series.id: unknown series "${post.series.id}" (known series: ${ids})`);
    }

    if (post.visibility === "unlisted" && !post.draft && !env.REVIEW_SECRET) {
      throw new Error(`${file}: visibility: an unlisted post is built at its review link, which needs REVIEW_SECRET`);
    }

    let code: string;
    try {
      code = await compileMDX(context, post, {
        remarkPlugins: [remarkGfm, remarkSourceLines],
        rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, { behavior: "wrap" }], rehypeHighlight],
      });
    } catch (error) {
      throw new Error(`${file}: body: MDX syntax error: ${await describeMdxError(error, file, post.content)}`);
    }

    let rendered;
    try {
      rendered = renderPost(code, { slug, comparison: post.comparison });
    } catch (error) {
      throw new Error(`${file}: body: ${error instanceof Error ? error.message : String(error)}`);
    }

    // Figures are resolved on every build, after the cached compile, so a changed or deleted image is seen.
    const figures = await resolveFigures(rendered.html, file, await bodyLineOffset(file, post.content));
    if (figures.problems.length > 0) throw new Error(figures.problems.join("\n"));

    const { content: _source, ...frontmatter } = post;
    return {
      ...frontmatter,
      lang: frontmatter.lang ?? env.SITE_LANG,
      slug,
      sourcePath: file,
      ...rendered,
      html: figures.html,
      figures: figures.figures,
    };
  },
});

export default defineConfig({ content: [authors, series, posts] });
