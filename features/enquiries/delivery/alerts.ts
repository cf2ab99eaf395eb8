/**
 * Operator alerts to a Slack-compatible incoming webhook (ALERT_WEBHOOK_URL: a JSON body {"text": …}): when a
 * delivery goes dead, when a CRM's circuit opens, and when it closes. At most one message per destination per
 * ALERT_MIN_INTERVAL_S, so an outage is one message, not one per enquiry. Sending never blocks a delivery and
 * never throws: a failed alert is logged and dropped.
 */
export type Alert = (destination: string, text: string) => void;

export function createAlerter(options: {
  url: string;
  minIntervalS: number;
  siteName: string;
  now?: () => number;
  log?: (message: string) => void;
}): Alert {
  const lastSent = new Map<string, number>();
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string) => console.error(m));
  return (destination, text) => {
    const last = lastSent.get(destination);
    if (last !== undefined && now() - last < options.minIntervalS * 1000) return;
    lastSent.set(destination, now());
    const body = JSON.stringify({ text: `${options.siteName} — ${destination}: ${text}` });
    fetch(options.url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      signal: AbortSignal.timeout(5_000),
    })
      .then((response) => {
        if (!response.ok) log(`enquiries: alert to ${new URL(options.url).host} answered HTTP ${response.status}`);
      })
      .catch((error: Error) => log(`enquiries: alert to ${new URL(options.url).host} failed: ${error.message}`));
  };
}
