/**
 * Exponential backoff with full jitter: a random delay between 0 and
 * min(cap, base·2^attempt), so a recovering CRM is not hit by every retry at once.
 * A Retry-After from the CRM is a floor, never ignored, up to a day.
 */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 30 * 60 * 1000;
/** The longest Retry-After honoured: HubSpot's 477 (data-hosting migration) may ask for up to a day. */
export const RETRY_AFTER_CAP_MS = 24 * 60 * 60 * 1000;

export function retryDelayMs(
  attempt: number,
  {
    retryAfterMs,
    random = Math.random,
    baseMs = BACKOFF_BASE_MS,
    capMs = BACKOFF_CAP_MS,
  }: {
    retryAfterMs?: number;
    random?: () => number;
    baseMs?: number;
    capMs?: number;
  } = {},
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, RETRY_AFTER_CAP_MS));
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
