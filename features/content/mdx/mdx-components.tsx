import type { ComponentPropsWithoutRef } from "react";
import { Comparison } from "@/features/comparison/comparison-table";
import { Principle } from "./principle";
import { ScaffoldCta } from "./scaffold-cta";
import { Variant } from "./variant";
import type { Comparison as ComparisonData, ComparisonRow } from "@/features/comparison/model";

type AnchorProps = ComponentPropsWithoutRef<"a">;
type TableProps = ComponentPropsWithoutRef<"table">;
type ImgProps = ComponentPropsWithoutRef<"img">;

function isExternal(href: string | undefined): boolean {
  return typeof href === "string" && /^https?:\/\//i.test(href);
}

/** Links: external ones are marked (icon plus hidden text) and open in the same tab like any other link. */
function Anchor({ href, children, className, ...rest }: AnchorProps) {
  if (isExternal(href)) {
    return (
      <a href={href} rel="noopener noreferrer" className={["external", className].filter(Boolean).join(" ")} {...rest}>
        {children}
        <span aria-hidden="true" className="external-mark">
          ↗
        </span>
        <span className="sr-only"> (external site)</span>
      </a>
    );
  }
  return (
    <a href={href} className={className} {...rest}>
      {children}
    </a>
  );
}

/** Markdown tables scroll sideways on a phone instead of clipping. */
function Table(props: TableProps) {
  return (
    <div className="table-scroll">
      <table {...props} />
    </div>
  );
}

/**
 * Images are passed through as written: the content build (features/figures/resolve-figures.ts) checks each one
 * and replaces it with its renditions, sized and lazy below the first, or fails naming the line.
 */
function Img({ alt, ...rest }: ImgProps) {
  return <img alt={alt} {...rest} />;
}

type FigureProps = { src: string; alt?: string; caption?: string; "data-source-line"?: string };

/** <Figure src="./diagram.svg" alt="…" caption="…" />: an image with a caption under it. */
function Figure({ src, alt, caption, ...rest }: FigureProps) {
  return (
    <figure className="figure">
      <img src={src} alt={alt} {...rest} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

type PostContext = { slug: string; comparison?: ComparisonData };

/**
 * The components a post's MDX may use. Anything else in capitalised JSX fails
 * the content build with the file name (see features/content/render-post.tsx).
 */
export function createMdxComponents({ slug, comparison }: PostContext) {
  return {
    a: Anchor,
    table: Table,
    img: Img,
    Figure,
    Comparison: (props: { rows?: ComparisonRow[]; caption?: string }) => {
      const rows = props.rows ?? comparison?.rows;
      if (!rows || rows.length === 0) {
        throw new Error("<Comparison /> has no rows: give it rows or add a `comparison` to the frontmatter");
      }
      return <Comparison rows={rows} caption={props.caption ?? comparison?.caption} />;
    },
    Variant,
    Principle,
    ScaffoldCta: () => <ScaffoldCta from={slug} />,
  };
}
