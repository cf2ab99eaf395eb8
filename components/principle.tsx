import type { ReactNode } from "react";

/** The callout for a post's "principle hidden in this" line. */
export function Principle({ children, label = "The principle" }: { children?: ReactNode; label?: string }) {
  return (
    <aside className="principle" aria-label={label}>
      <p className="principle-label">{label}</p>
      <div className="principle-body">{children}</div>
    </aside>
  );
}
