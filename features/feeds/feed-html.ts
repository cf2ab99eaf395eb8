/**
 * A post's page HTML made fit for feed readers: every href/src absolute,
 * no scripts, no class-dependent markup, no text that only CSS would hide.
 */
export function feedHtml(html: string, postUrl: string): string {
  // Resolve against the post itself, so "#variant-one" points into the post and "/log/x" into the site.
  const base = postUrl;
  return (
    html
      // Decorative and screen-reader-only spans only make sense with the site's CSS.
      .replace(/<span aria-hidden="true"[^>]*>[\s\S]*?<\/span>/g, "")
      .replace(/<span class="sr-only">[\s\S]*?<\/span>/g, "")
      .replace(/<script[\s\S]*?<\/script>/gi, "")
      // A figure's <picture> becomes its <img>: the mid-size JPEG or PNG with its own width and height, which
      // every reader shows (few keep <source> or srcset).
      .replace(/<\/?picture>|<source\b[^>]*>/g, "")
      .replace(/\s(?:class|data-[\w-]+|style|loading|decoding|srcset|sizes|fetchpriority)="[^"]*"/g, "")
      .replace(/\s(href|src)="([^"]*)"/g, (_, attribute: string, value: string) => {
        return ` ${attribute}="${absolutize(value, base)}"`;
      })
  );
}

function absolutize(value: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value; // already absolute (https:, mailto:, …)
  const decoded = value.replace(/&amp;/g, "&");
  return new URL(decoded, base).toString().replace(/&/g, "&amp;");
}
