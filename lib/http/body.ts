/** Reading a request body within a cap, its kind, and the origin check: for every endpoint that takes a post, kept free of Next so they are testable on plain Requests. */

export const BODY_LIMIT_BYTES = 16 * 1024;

export class BodyTooLargeError extends Error {}

/**
 * Read at most `limit` bytes of a body, as chunks (a web Request's stream, or a Node request); stop reading and
 * throw as soon as it is larger. Leaving the loop early cancels the stream, so nothing more is read.
 */
export async function readChunksLimited(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  declaredLength: string | null | undefined,
  limit: number,
): Promise<string> {
  if (Number(declaredLength ?? "0") > limit) throw new BodyTooLargeError();
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) throw new BodyTooLargeError();
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString("utf8");
}

/** A web Request's body, at most `limit` bytes. */
export function readBodyLimited(request: Request, limit = BODY_LIMIT_BYTES): Promise<string> {
  // Node's web streams are async iterable; the DOM typings in use here do not say so.
  const body = (request.body ?? []) as AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  return readChunksLimited(body, request.headers.get("content-length"), limit);
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
