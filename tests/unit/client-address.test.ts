import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, PEER_HEADER } from "@/lib/http/client-address";

const request = (peer: string, forwardedFor?: string) =>
  new Request("http://127.0.0.1/api/enquiry", {
    headers: { [PEER_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
  });

describe("client address", () => {
  it("with no trusted proxy, is the socket's address: a forged X-Forwarded-For changes nothing", () => {
    expect(clientAddress(request("203.0.113.9", "1.1.1.1"), 0)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9", "2.2.2.2, 3.3.3.3"), 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, is the entry that proxy appended, not what the client wrote before it", () => {
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(request("127.0.0.1", "198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
    expect(clientAddress(request("127.0.0.1"), 1)).toBe("127.0.0.1");
  });

  it("groups IPv6 by /64, reads IPv4-mapped addresses as IPv4, and keeps garbage short", () => {
    expect(normaliseAddress("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(normaliseAddress("2001:0DB8:00aa:bb::9")).toBe("2001:db8:aa:bb::/64");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("x".repeat(8192)).length).toBeLessThanOrEqual(64);
  });
});
