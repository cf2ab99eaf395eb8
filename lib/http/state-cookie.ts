/**
 * Form state for the no-JavaScript error round trip, kept in the sender's own browser rather than on the
 * server: JSON, base64url, signed (HMAC-SHA256 under a key of the server's), split over up to MAX_CHUNKS cookies
 * of CHUNK_CHARS (browsers cap one cookie near 4 KB; Node refuses request headers over 16 KB, so the whole stays
 * under 12 KB). A cookie that fails the signature is ignored, so a host that can set cookies for the site cannot
 * put words on its forms; readers still validate what they get back. When SITE_URL is https the cookies are
 * `Secure`, named `__Host-…` (so no other host or path can have set them) and therefore on Path=/.
 */
import { createHmac } from "node:crypto";
import { secretsEqual } from "../secure-compare";
import { site } from "../site";
import { readCookie } from "./cookies";

const CHUNK_CHARS = 3_800;
const MAX_CHUNKS = 3;

const secure = () => site.url.startsWith("https://");
const cookieName = (name: string, i: number) => `${secure() ? "__Host-" : ""}${name}.${i}`;
const attributes = (path: string, maxAgeS: number) =>
  `Path=${secure() ? "/" : path}; Max-Age=${maxAgeS}; HttpOnly; SameSite=Lax${secure() ? "; Secure" : ""}`;
const mac = (name: string, payload: string, key: string) =>
  createHmac("sha256", key).update(`${name}:${payload}`).digest("base64url");

/** Set-Cookie values that carry `state` for `maxAgeS` seconds on `path`, or undefined when it is too large. */
export function stateCookies(
  name: string,
  state: unknown,
  path: string,
  key: string,
  maxAgeS = 600,
): string[] | undefined {
  const payload = Buffer.from(JSON.stringify(state)).toString("base64url");
  const encoded = `${payload}.${mac(name, payload, key)}`;
  const chunks = Math.ceil(encoded.length / CHUNK_CHARS);
  if (chunks > MAX_CHUNKS) return undefined;
  return Array.from({ length: MAX_CHUNKS }, (_, i) => {
    const part = encoded.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
    return part
      ? `${cookieName(name, i)}=${part}; ${attributes(path, maxAgeS)}`
      : `${cookieName(name, i)}=; ${attributes(path, 0)}`;
  });
}

/** Set-Cookie values that remove the state once it has been shown. */
export function clearStateCookies(name: string, path: string): string[] {
  return Array.from({ length: MAX_CHUNKS }, (_, i) => `${cookieName(name, i)}=; ${attributes(path, 0)}`);
}

/** The state from a Cookie header, or undefined when there is none, it is not ours, or it does not decode. */
export function readStateCookies(cookieHeader: string | undefined, name: string, key: string): unknown {
  let encoded = "";
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const chunk = readCookie(cookieHeader, cookieName(name, i));
    if (!chunk) break;
    encoded += chunk;
  }
  const dot = encoded.lastIndexOf(".");
  if (dot < 1) return undefined;
  const payload = encoded.slice(0, dot);
  if (!secretsEqual(encoded.slice(dot + 1), mac(name, payload, key))) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}
