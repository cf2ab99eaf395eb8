import { SCAFFOLD_PATH } from "./routes.mjs";

// The Content-Security-Policy, in one place for next.config.mjs (every page, as a header) and
// pages/_document.tsx (the Scaffold form's page, per request with a nonce).

/**
 * Scripts and the stylesheet are files from this origin; JSON-LD and the form page's data are data blocks,
 * which CSP does not run. A nonce admits the inline bootstrap of the one page that hydrates. The dev server's
 * hot reload needs inline code and eval, so only it gets them.
 * @param {{ dev?: boolean, nonce?: string }} [options]
 */
export function contentSecurityPolicy({ dev = false, nonce } = {}) {
  const inline = dev ? " 'unsafe-inline' 'unsafe-eval'" : nonce ? ` 'nonce-${nonce}'` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${inline}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Pages whose CSP is set per request (with a nonce) by pages/_document.tsx instead of next.config.mjs. */
export const NONCE_PAGES = [SCAFFOLD_PATH];

/**
 * An SVG opened on its own is a document that could run script: figures are served with this instead of the
 * page policy, so nothing in one can run, load or submit anything (styles inside the file still apply).
 */
export const SVG_DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
