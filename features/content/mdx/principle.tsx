import type { ReactNode } from "react";

/** The callout for a post's "principle hidden in this" line. */
export function Principle({ children, label = "The principle" }: { children?: ReactNode; label?: string }) {
  return (
    <div className="principle" role="note">
      <p className="principle-label">{label}</p>
      <div className="principle-body">{children}</div>
    </div>
  );
}
