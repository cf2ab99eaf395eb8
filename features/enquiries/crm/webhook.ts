import { createHmac } from "node:crypto";
import type { CrmDestination, StoredEnquiry } from "@/features/enquiries/types";
import { postAndClassify } from "./http";

export type WebhookConfig = { url: string; secret: string };

/** "sha256=<hex HMAC-SHA256 of the exact body bytes>", as receivers recompute it. */
export function webhookSignature(rawBody: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")}`;
}

/** Receivers tell the two apart by type: "scaffold.enquiry", or "subscription" for email sign-ups. */
export function webhookBody(enquiry: StoredEnquiry): string {
  if (enquiry.kind === "subscription") {
    const { id, createdAt, email, consentText, consentVersion, sourceSlug, pageUri } = enquiry;
    return JSON.stringify({
      type: "subscription",
      subscription: { id, createdAt, email, consentText, consentVersion, sourceSlug, pageUri },
    });
  }
  return JSON.stringify({ type: "scaffold.enquiry", enquiry });
}

export function webhookDestination(config: WebhookConfig): CrmDestination {
  return {
    name: "webhook",
    deliver(enquiry, { timeoutMs }) {
      const body = webhookBody(enquiry);
      return postAndClassify(config.url, {
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": enquiry.id,
          "X-Signature-256": webhookSignature(body, config.secret),
        },
        body,
        timeoutMs,
      });
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
