/**
 * A copy button for a URL shown beside it. It is hidden until /enhance/copy.js (our own, deferred) wires it
 * up: without JavaScript the URL is still there to select by hand.
 */
export function CopyButton({ text, label, caption = "Copy" }: { text: string; label: string; caption?: string }) {
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={`Copy the ${label} URL`}
      data-copy={text}
      data-copy-name={label}
      hidden
    >
      <span>{caption}</span>
      <span className="sr-only" role="status" />
    </button>
  );
}

/** The script that enhances every CopyButton on the page; render it once, after them. */
export function CopyButtonScript() {
  return <script src="/enhance/copy.js" defer />;
}
