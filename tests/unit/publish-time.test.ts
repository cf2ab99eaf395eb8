import { describe, expect, it } from "vitest";
import { standingOf } from "@/features/content/posts";
import { parsePublishTime, resolveBuildClock } from "@/lib/publish-time.mjs";

const at = (text: string, zone = "UTC") => {
  const parsed = parsePublishTime(text, zone);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.iso;
};
const post = (publishedAt: string) => ({ draft: false, visibility: "public" as const, publishedAt });

describe("when a post goes live", () => {
  const due = at("2027-06-01T09:00+01:00");

  it("is scheduled a minute before its time, and published at it and a minute after", () => {
    expect(standingOf(post(due), "2027-06-01T07:59:00.000Z")).toBe("scheduled");
    expect(standingOf(post(due), "2027-06-01T08:00:00.000Z")).toBe("published");
    expect(standingOf(post(due), "2027-06-01T08:01:00.000Z")).toBe("published");
  });

  it("reads a time's offset: +01:00, -05:30, Z and none (the site's zone)", () => {
    expect(due).toBe("2027-06-01T08:00:00.000Z");
    expect(at("2027-06-01T09:00-05:30")).toBe("2027-06-01T14:30:00.000Z");
    expect(at("2027-06-01T09:00Z")).toBe("2027-06-01T09:00:00.000Z");
    expect(at("2027-06-01T09:00", "Europe/Paris")).toBe("2027-06-01T07:00:00.000Z");
  });

  it("reads a bare date as midnight in SITE_TIMEZONE, summer and winter time alike", () => {
    expect(at("2027-06-01")).toBe("2027-06-01T00:00:00.000Z");
    expect(at("2027-06-01", "Europe/Paris")).toBe("2027-05-31T22:00:00.000Z");
    expect(at("2027-01-15", "Europe/Paris")).toBe("2027-01-14T23:00:00.000Z");
    expect(at("2027-06-01", "America/New_York")).toBe("2027-06-01T04:00:00.000Z");
    expect(at("2027-06-01", "Asia/Tokyo")).toBe("2027-05-31T15:00:00.000Z");
    // The night the clocks go forward in Paris (2027-03-28, 02:00 → 03:00): midnight is still +01:00.
    expect(at("2027-03-28", "Europe/Paris")).toBe("2027-03-27T23:00:00.000Z");
  });

  it("refuses what is not a date, a time past 23:59, and a zone that does not exist", () => {
    expect(parsePublishTime("2027-02-30", "UTC")).toEqual({ error: expect.stringContaining("not a valid date") });
    expect(parsePublishTime("2027-06-01T24:30", "UTC")).toEqual({ error: expect.stringContaining("not a valid") });
    expect(parsePublishTime("1 June 2027", "UTC")).toEqual({ error: expect.stringContaining("not a valid") });
    expect(parsePublishTime("2027-06-01", "Mars/Olympus")).toEqual({
      error: expect.stringContaining('SITE_TIMEZONE "Mars/Olympus" is not a time zone'),
    });
  });

  it("is judged by one clock per build: PUBLISH_AT when set, else the time; a clock handed down wins", () => {
    expect(resolveBuildClock({ PUBLISH_AT: "2027-06-01T10:00Z" })).toBe("2027-06-01T10:00:00.000Z");
    expect(resolveBuildClock({ PUBLISH_AT: "2027-06-01", SITE_TIMEZONE: "Asia/Tokyo" })).toBe(
      "2027-05-31T15:00:00.000Z",
    );
    const handed = { OPERATORS_LOG_BUILD_CLOCK: "2030-01-01T00:00:00.000Z", PUBLISH_AT: "2027-06-01T10:00Z" };
    expect(resolveBuildClock(handed)).toBe("2030-01-01T00:00:00.000Z");
    const now = Date.now();
    expect(Math.abs(Date.parse(resolveBuildClock({})) - now)).toBeLessThan(5_000);
    expect(() => resolveBuildClock({ PUBLISH_AT: "soon" })).toThrow(/PUBLISH_AT: "soon" is not a valid/);
  });

  it("never publishes a draft or an unlisted post, whatever the clock", () => {
    expect(standingOf({ ...post("2020-01-01"), draft: true }, "2030-01-01T00:00:00.000Z")).toBe("draft");
    expect(standingOf({ ...post("2020-01-01"), visibility: "unlisted" }, "2030-01-01T00:00:00.000Z")).toBe("unlisted");
  });
});
