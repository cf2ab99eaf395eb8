"use client";

import { useState } from "react";

/** Copies a feed URL. Without JavaScript the URL is still there to select by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={`Copy the ${label} URL`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setState("copied");
        } catch {
          setState("failed");
        }
      }}
    >
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the URL" : "Copy"}
      <span className="sr-only" role="status">
        {state === "copied" ? `${label} URL copied` : ""}
      </span>
    </button>
  );
}
