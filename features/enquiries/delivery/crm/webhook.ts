import { createHmac } from "node:crypto";
import type { CrmDestination, DeliveryOutcome, Submission } from "@/features/enquiries/types";
import { isAnswer, postToCrm, type CrmAnswer } from "@/features/enquiries/delivery/crm/http";

export type WebhookConfig = { url: string; secret: string };

/**
 * Deprecated, sent for one more release beside the Standard Webhooks headers: "sha256=<hex HMAC-SHA256 of the
 * body>". It signs the body alone, so a captured delivery verifies forever; receivers should move to
 * webhook-signature (README, "Webhook").
 */
export function webhookSignature(rawBody: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")}`;
}

/**
 * The Standard Webhooks signing key: a `whsec_<base64>` secret is its base64 bytes; any other CRM_WEBHOOK_SECRET
 * is its own UTF-8 bytes, which a receiver passes to the spec's libraries as `whsec_` + base64 of the secret.
 */
export function standardWebhookKey(secret: string): Buffer {
  return secret.startsWith("whsec_") ? Buffer.from(secret.slice(6), "base64") : Buffer.from(secret, "utf8");
}

/**
 * webhook-id (the submission's id, the same on every attempt, so a receiver can drop repeats), webhook-timestamp
 * (this attempt, in seconds: a receiver refuses one too old, so a captured delivery cannot be replayed) and
 * webhook-signature "v1,<base64 HMAC-SHA256 of id.timestamp.body>", as the Standard Webhooks spec has them.
 */
export function standardWebhookHeaders(id: string, timestampS: number, rawBody: string, secret: string) {
  const signed = createHmac("sha256", standardWebhookKey(secret)).update(`${id}.${timestampS}.${rawBody}`, "utf8");
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestampS),
    "webhook-signature": `v1,${signed.digest("base64")}`,
  };
}

/** Receivers tell the two apart by type: "scaffold.enquiry", or "subscription" for email sign-ups. */
export function webhookBody(submission: Submission): string {
  if (submission.kind === "subscription") {
    const { id, createdAt, email, consentText, consentVersion, sourceSlug, pageUri } = submission;
    return JSON.stringify({
      type: "subscription",
      subscription: { id, createdAt, email, consentText, consentVersion, sourceSlug, pageUri },
    });
  }
  return JSON.stringify({ type: "scaffold.enquiry", enquiry: submission });
}

/** A receiver that answers 404 may be an automation switched off for a while: retried for a day, then dead. */
export const WEBHOOK_NOT_FOUND_PATIENCE_MS = 24 * 60 * 60 * 1000;

/**
 * 2xx delivered; 410 (the receiver says it is gone for good) holds every delivery and tells the operator; 404 is
 * retried like a 5xx while the submission is under a day old; 408, 425, 429 and 5xx are retried; any other 4xx is
 * this submission's own problem (dead, with the receiver's words).
 */
export function classifyWebhookAnswer(
  { status, text, retryAfterMs }: CrmAnswer,
  createdAt: string,
  now = Date.now(),
): DeliveryOutcome {
  const why = `HTTP ${status}: ${text}`;
  if (status >= 200 && status < 300) return { kind: "delivered", status };
  if (status === 410)
    return {
      kind: "held",
      status,
      error: `the receiver is gone (HTTP 410): point CRM_WEBHOOK_URL at one that answers`,
    };
  const young = now - Date.parse(createdAt) < WEBHOOK_NOT_FOUND_PATIENCE_MS;
  if ((status === 404 && young) || [408, 425, 429].includes(status) || status >= 500) {
    return { kind: "retry", status, error: why, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return { kind: "dead", status, error: why };
}

export function webhookDestination(config: WebhookConfig): CrmDestination {
  return {
    name: "webhook",
    async deliver(enquiry, { timeoutMs }) {
      const body = webhookBody(enquiry);
      const answer = await postToCrm(config.url, {
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": enquiry.id,
          ...standardWebhookHeaders(enquiry.id, Math.floor(Date.now() / 1000), body, config.secret),
          "X-Signature-256": webhookSignature(body, config.secret),
        },
        body,
        timeoutMs,
      });
      return isAnswer(answer) ? classifyWebhookAnswer(answer, enquiry.createdAt) : answer;
    },
    async probe({ timeoutMs }) {
      try {
        const response = await fetch(config.url, { method: "HEAD", signal: AbortSignal.timeout(timeoutMs) });
        // Any HTTP answer proves the host is there; 405 is a normal reply to HEAD on a POST endpoint.
        return { ok: response.status < 500, detail: `HTTP ${response.status} to HEAD ${config.url}` };
      } catch (error) {
        return { ok: false, detail: `${config.url}: ${(error as Error).message}` };
      }
    },
  };
}
