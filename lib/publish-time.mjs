// When a post goes live: the rule for `publishedAt` and the build's clock, in one place for the content schema
// (TypeScript), next.config.mjs and the content build (plain ESM).

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether `zone` is an IANA time zone this runtime knows ("UTC", "Europe/Paris"). */
export function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone`'s wall clock is ahead of UTC at `instant` (ms since the epoch). */
function zoneOffsetMs(instant, zone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant `text` names: an ISO 8601 date, or date and time, with `Z` or an offset; without one (a bare date
 * is its midnight) the wall-clock time in `zone`. Returns the instant as ISO 8601 UTC, or an error in words.
 * @param {string} text
 * @param {string} zone
 * @returns {{ iso: string } | { error: string }}
 */
export function parsePublishTime(text, zone) {
  const m = DATE_TIME.exec(text.trim());
  const invalid = { error: `"${text}" is not a valid date or time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM+01:00)` };
  if (!m) return invalid;
  const [, y, mo, d, h = "00", mi = "00", s = "00", offset] = m;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)];
  const wall = Date.UTC(...fields);
  const back = new Date(wall);
  if (back.getUTCMonth() !== fields[1] || back.getUTCDate() !== fields[2] || fields[3] > 23 || fields[4] > 59) {
    return invalid;
  }
  let instant;
  if (offset === "Z") instant = wall;
  else if (offset) {
    const sign = offset.startsWith("-") ? -1 : 1;
    const [oh, om] = [Number(offset.slice(1, 3)), Number(offset.slice(-2))];
    instant = wall - sign * (oh * 60 + om) * 60_000;
  } else {
    if (!isTimeZone(zone))
      return { error: `SITE_TIMEZONE "${zone}" is not a time zone (use an IANA name: Europe/London)` };
    // Asked twice: the first answer may be on the other side of a daylight-saving change.
    instant = wall - zoneOffsetMs(wall, zone);
    instant = wall - zoneOffsetMs(instant, zone);
  }
  return { iso: new Date(instant).toISOString() };
}

/** The variable the build's one clock is handed down in, to every process of the build and into the server bundle. */
export const BUILD_CLOCK_VARIABLE = "OPERATORS_LOG_BUILD_CLOCK";

/**
 * The build's clock: PUBLISH_AT when it is set (tests, previews), else now. Decided once (next.config.mjs) and
 * handed down, so the content build, the artefacts and every page agree on which posts are out.
 * @param {Record<string, string | undefined>} env
 * @returns {string} ISO 8601 UTC
 */
export function resolveBuildClock(env) {
  if (env[BUILD_CLOCK_VARIABLE]) return env[BUILD_CLOCK_VARIABLE];
  if (!env.PUBLISH_AT) return new Date().toISOString();
  const parsed = parsePublishTime(env.PUBLISH_AT, env.SITE_TIMEZONE || "UTC");
  if ("error" in parsed) throw new Error(`PUBLISH_AT: ${parsed.error}`);
  return parsed.iso;
}
