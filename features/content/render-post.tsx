import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { createMdxComponents } from "@/features/content/mdx/mdx-components";
import { decodeEntities, htmlToText } from "@/lib/html";
import type { Comparison } from "@/features/comparison/model";

export type Heading = { level: 2 | 3; id: string; text: string };

export type RenderedPost = {
  html: string;
  headings: Heading[];
  wordCount: number;
  readingMinutes: number;
};

const WORDS_PER_MINUTE = 230;

type MdxModule = { default: React.ComponentType<{ components: Record<string, unknown> }> };

function evaluateMdx(code: string): MdxModule {
  // The compiled MDX is a function body expecting these three globals (mdx-bundler's contract).
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => MdxModule;
  return fn(...Object.values(scope));
}

export function extractHeadings(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const match of html.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const [, level, id, inner] = match;
    // Drop the visually-hidden and decorative parts of anchor markup from the TOC text.
    const text = htmlToText((inner ?? "").replace(/<span[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/span>/g, ""));
    headings.push({ level: level === "2" ? 2 : 3, id: decodeEntities(id ?? ""), text });
  }
  return headings;
}

/** Words in prose (code blocks excluded); each CJK character reads as a word. */
export function countWords(html: string): number {
  const prose = htmlToText(html.replace(/<pre[\s\S]*?<\/pre>/g, " "));
  const cjk = prose.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const latin = prose
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return latin + cjk;
}

/**
 * Render a compiled post to static HTML with our components. The page and the
 * feeds both use this HTML, so what a subscriber reads is what the site shows.
 */
export function renderPost(code: string, context: { slug: string; comparison?: Comparison }): RenderedPost {
  const { default: Content } = evaluateMdx(code);
  let html: string;
  try {
    html = renderToStaticMarkup(<Content components={createMdxComponents(context)} />);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /Expected component `([^`]+)` to be defined/.exec(message);
    if (missing) {
      throw new Error(`unknown MDX component <${missing[1]}>: it is not in features/content/mdx/mdx-components.tsx`);
    }
    throw new Error(message);
  }
  const wordCount = countWords(html);
  return {
    html,
    headings: extractHeadings(html),
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}
