import { site } from "@/lib/site";
import { bodyKind, BodyTooLargeError, originAllowed, parseBody, readBodyLimited, type BodyKind } from "@/lib/http/body";

/** Shared by the enquiry, subscription and health endpoints: their answers, and the checks before any input is read. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** 303 to `path`, setting the given cookies (one Set-Cookie header each). */
export function redirect(path: string, cookies: readonly string[] = []) {
  const headers = new Headers({ Location: path, "Cache-Control": "no-store" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

export type Answer = { response: Response; afterResponse?: () => void };

/**
 * Storage is down: nothing was saved, and the sender hears so — a page for a form post (its Back button keeps
 * the answers), JSON for the API, both 503 with Retry-After.
 */
export function unavailable(kind: BodyKind, what: { heading: string; message: string }) {
  if (kind === "form") {
    return new Response(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Not sent</title><body><h1>${what.heading}</h1><p>${what.message}</p><p>Use your browser's Back button: your answers are still in the form.</p></body></html>`,
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "60" } },
    );
  }
  return json(503, { error: what.message }, { "Retry-After": "60" });
}

export function tooMany(retryAfterSeconds: number, what: string) {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const headers = { "Retry-After": String(retryAfterSeconds) };
  return json(429, { error: `Too many ${what} from your address. Try again in ${minutes} minute(s).` }, headers);
}

/** JSON or a form post from this site, at most 16 KB, parsed to an object; or the answer that refuses it. */
export async function readSubmission(
  request: Request,
  what: string,
): Promise<{ kind: BodyKind; input: Record<string, unknown> } | Response> {
  const kind = bodyKind(request.headers.get("content-type"));
  if (!kind) return json(415, { error: "Send application/json or application/x-www-form-urlencoded." });
  if (!originAllowed(request, site.url)) return json(403, { error: "Cross-site form posts are not accepted." });
  let text: string;
  try {
    text = await readBodyLimited(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(413, { error: `The ${what} is larger than 16 KB.` });
    throw error;
  }
  const input = parseBody(kind, text);
  if (!input) return json(400, { error: "The body is not a JSON object." });
  return { kind, input };
}
