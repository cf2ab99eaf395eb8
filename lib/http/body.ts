/** Reading a request body within a cap, its kind, and the origin check: for every endpoint that takes a post, kept free of Next so they are testable on plain Requests. */

export const BODY_LIMIT_BYTES = 16 * 1024;

export class BodyTooLargeError extends Error {}

/** Read at most `limit` bytes; stop reading and throw as soon as the body is larger. */
export async function readBodyLimited(request: Request, limit = BODY_LIMIT_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new BodyTooLargeError();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type BodyKind = "json" | "form";

export function bodyKind(contentType: string | null): BodyKind | undefined {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  return undefined;
}

export function parseBody(kind: BodyKind, text: string): Record<string, unknown> | undefined {
  if (kind === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Browser posts carry Origin; it must be this site as SITE_URL names it. Never the request's own Host or
 * X-Forwarded-Host: whoever sends the request chooses those. Requests without Origin (servers, curl) pass.
 */
export function originAllowed(request: Request, siteUrl: string): boolean {
  const origin = request.headers.get("origin");
  return !origin || origin === new URL(siteUrl).origin;
}
