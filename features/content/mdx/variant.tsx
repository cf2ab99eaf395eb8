import type { ReactNode } from "react";

const ORDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

export function variantLabel(n: number): string {
  return `Variant ${ORDINALS[n - 1] ?? String(n)}`;
}

type VariantProps = { n: number; title: string; children?: ReactNode };

/** A numbered section of a post: its heading carries the anchor the table of contents links to. */
export function Variant({ n, title, children }: VariantProps) {
  const id = `variant-${ORDINALS[n - 1] ?? n}`;
  return (
    <section className="variant" aria-labelledby={id}>
      <h2 id={id}>
        <a href={`#${id}`} className="heading-anchor">
          {variantLabel(n)} — {title}
        </a>
      </h2>
      {children}
    </section>
  );
}
