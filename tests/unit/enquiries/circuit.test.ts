// One circuit per CRM (features/enquiries/delivery/circuit.ts), on an injected clock.
import { describe, expect, it } from "vitest";
import { DestinationCircuits } from "@/features/enquiries/delivery/circuit";

describe("a CRM's circuit", () => {
  const at = { now: 0 };
  const circuits = () => new DestinationCircuits({ failuresToOpen: 3, probeIntervalMs: 10_000, now: () => at.now });

  it("opens after failures in a row, then lets one probe through per interval, and a success closes it", () => {
    at.now = 0;
    const c = circuits();
    expect([c.failed("hubspot"), c.failed("hubspot")]).toEqual([undefined, undefined]);
    expect(c.allowance("hubspot", 8)).toBe(8);
    expect(c.failed("hubspot")).toBe("opened");
    expect(c.allowance("hubspot", 8)).toBe(0);
    at.now = 10_000;
    expect(c.allowance("hubspot", 8)).toBe(1); // the probe
    expect(c.allowance("hubspot", 8)).toBe(0); // and only one
    expect(c.failed("hubspot")).toBeUndefined(); // a failed probe keeps it open, says nothing new
    at.now = 20_000;
    expect(c.allowance("hubspot", 8)).toBe(1);
    expect(c.succeeded("hubspot")).toBe("closed");
    expect(c.allowance("hubspot", 8)).toBe(8);
    expect(c.allowance("webhook", 8)).toBe(8); // each CRM its own
  });

  it("a success in between starts the count again; a setup error opens it at once", () => {
    at.now = 0;
    const c = circuits();
    c.failed("webhook");
    c.failed("webhook");
    expect(c.succeeded("webhook")).toBeUndefined();
    c.failed("webhook");
    expect(c.isOpen("webhook")).toBe(false);
    expect(c.hold("hubspot")).toBe("opened");
    expect(c.hold("hubspot")).toBeUndefined();
    expect(c.isOpen("hubspot")).toBe(true);
  });
});
