/**
 * Form state for the no-JavaScript error round trip, kept in the sender's own browser rather than on the
 * server: JSON, base64url, split over up to MAX_CHUNKS cookies of CHUNK_CHARS (browsers cap one cookie near
 * 4 KB; Node refuses request headers over 16 KB, so the whole stays under 12 KB). Readers validate what they
 * get back: a cookie is the client's to change.
 */
import { readCookie } from "./cookies";

const CHUNK_CHARS = 3_800;
const MAX_CHUNKS = 3;

const attributes = (path: string, maxAgeS: number) => `Path=${path}; Max-Age=${maxAgeS}; HttpOnly; SameSite=Lax`;

/** Set-Cookie values that carry `state` for `maxAgeS` seconds on `path`, or undefined when it is too large. */
export function stateCookies(name: string, state: unknown, path: string, maxAgeS = 600): string[] | undefined {
  const encoded = Buffer.from(JSON.stringify(state)).toString("base64url");
  const chunks = Math.ceil(encoded.length / CHUNK_CHARS);
  if (chunks > MAX_CHUNKS) return undefined;
  return Array.from({ length: MAX_CHUNKS }, (_, i) => {
    const part = encoded.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
    return part ? `${name}.${i}=${part}; ${attributes(path, maxAgeS)}` : `${name}.${i}=; ${attributes(path, 0)}`;
  });
}

/** Set-Cookie values that remove the state once it has been shown. */
export function clearStateCookies(name: string, path: string): string[] {
  return Array.from({ length: MAX_CHUNKS }, (_, i) => `${name}.${i}=; ${attributes(path, 0)}`);
}

/** The state from a Cookie header, or undefined when there is none or it does not decode. */
export function readStateCookies(cookieHeader: string | undefined, name: string): unknown {
  let encoded = "";
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const chunk = readCookie(cookieHeader, `${name}.${i}`);
    if (!chunk) break;
    encoded += chunk;
  }
  if (!encoded) return undefined;
  try {
    return JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}
