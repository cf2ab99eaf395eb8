import { isIPv4, isIPv6 } from "node:net";

/**
 * The address of the socket the request came in on, set by runWebHandler. It overwrites any header of that name
 * a client sends, so it is the one address a client cannot choose.
 */
export const PEER_HEADER = "x-operators-log-peer";

/**
 * One client's key for rate limits. IPv4 as it is; an IPv4 address written as IPv6 (::ffff:1.2.3.4) as IPv4;
 * IPv6 by its /64 network, which is what one subscriber is given (they can pick any address inside it). Anything
 * else is kept short, so a forged header cannot make the key large.
 */
export function normaliseAddress(raw: string): string {
  const address = raw
    .trim()
    .replace(/%.*$/, "")
    .replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
  return `invalid:${address.slice(0, 45)}`;
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.toLowerCase().split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => (group.includes(".") ? group : parseInt(group, 16).toString(16)));
}

/**
 * Who sent the request. With no trusted proxy (hops 0) that is the socket's address, whatever X-Forwarded-For
 * says. Behind N proxies that each append the address they saw, it is the Nth entry from the right of
 * X-Forwarded-For: entries further left were written by the client and prove nothing.
 */
/** Anything with the request's headers: a web Request, or a Node request read through nodeHeaders (node-request.ts). */
export type WithHeaders = { headers: { get(name: string): string | null } };

export function clientAddress(request: WithHeaders, trustedHops: number): string {
  const peer = request.headers.get(PEER_HEADER) ?? "";
  if (trustedHops <= 0) return normaliseAddress(peer || "unknown");
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = hops[Math.max(0, hops.length - trustedHops)];
  return normaliseAddress(entry ?? (peer || "unknown"));
}
