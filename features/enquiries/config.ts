import path from "node:path";
import { z } from "zod";
import { hubspotDestination } from "@/features/enquiries/delivery/crm/hubspot";
import { webhookDestination } from "@/features/enquiries/delivery/crm/webhook";
import type { CrmDestination } from "./types";
import { parseSettings } from "@/lib/settings";

/** Server-only settings for enquiries and CRM delivery, validated once with the variable named on error. */
export const enquiryEnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
      .optional(),
    DATA_DIR: z.string().default(".data"),
    HUBSPOT_PORTAL_ID: z.string().optional(),
    HUBSPOT_FORM_ID: z.string().optional(),
    // The HubSpot form whose submissions join the newsletter list (email subscriptions).
    HUBSPOT_NEWSLETTER_FORM_ID: z.string().optional(),
    // The subscription type (HubSpot's email consent) a sign-up agrees to; without it, with HubSpot's legal-basis
    // setting on, the contact is created and never emailed.
    HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID: z
      .string()
      .regex(/^\d+$/, "HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID must be the subscription type's number")
      .optional(),
    HUBSPOT_ACCESS_TOKEN: z.string().optional(),
    HUBSPOT_API_URL: z.url({ error: "HUBSPOT_API_URL must be an absolute URL" }).default("https://api.hsforms.com"),
    // Where form definitions are read (the doctor's check): HubSpot serves them on another host than submissions.
    HUBSPOT_FORMS_API_URL: z
      .url({ error: "HUBSPOT_FORMS_API_URL must be an absolute URL" })
      .default("https://api.hubapi.com"),
    CRM_WEBHOOK_URL: z.url({ error: "CRM_WEBHOOK_URL must be an absolute URL" }).optional(),
    CRM_WEBHOOK_SECRET: z.string().min(16, "CRM_WEBHOOK_SECRET must be at least 16 characters").optional(),
    ENQUIRY_RATE_LIMIT: z.coerce.number().int().min(0, "ENQUIRY_RATE_LIMIT must be 0 or more").default(5),
    // Proxies in front of the server that append to X-Forwarded-For; 0: the socket's address is the client.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, "TRUSTED_PROXY_HOPS must be 0 or more").default(0),
    ENQUIRY_TOKEN_SECRET: z.string().min(16, "ENQUIRY_TOKEN_SECRET must be at least 16 characters").optional(),
    CRM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    DELIVERY_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
    // How long a claimed delivery stays with its worker before another may take it (a worker that died).
    DELIVERY_LEASE_MS: z.coerce.number().int().positive().optional(),
    // Deliveries in flight to one CRM at once; and its circuit: open after this many failures in a row, then one
    // probe per interval until one gets through (then everything waiting is sent).
    CRM_MAX_CONCURRENCY: z.coerce.number().int().min(1, "CRM_MAX_CONCURRENCY must be 1 or more").default(8),
    CRM_CIRCUIT_FAILURES: z.coerce.number().int().min(1, "CRM_CIRCUIT_FAILURES must be 1 or more").default(5),
    CRM_CIRCUIT_PROBE_MS: z.coerce.number().int().positive().default(10_000),
    // Operator alerts (Slack-compatible incoming webhook), at most one per destination per interval.
    ALERT_WEBHOOK_URL: z.url({ error: "ALERT_WEBHOOK_URL must be an absolute URL" }).optional(),
    ALERT_MIN_INTERVAL_S: z.coerce.number().int().min(0).default(900),
    // On SIGTERM, how long deliveries in flight may take to finish before their rows are handed back.
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    // Finished submissions (delivered, dead or spam) are deleted this many days after they arrived.
    ENQUIRY_RETENTION_DAYS: z.coerce.number().int().positive("ENQUIRY_RETENTION_DAYS must be 1 or more").default(365),
    // /api/health says "degraded" once a submission has waited this long for a CRM.
    HEALTH_MAX_QUEUE_AGE_S: z.coerce.number().int().positive().default(900),
    // Shows /api/health's details (counts, problems) to whoever sends it as a bearer token.
    HEALTH_TOKEN: z.string().min(16, "HEALTH_TOKEN must be at least 16 characters").optional(),
  })
  .superRefine((env, ctx) => {
    const hubspot = [env.HUBSPOT_PORTAL_ID, env.HUBSPOT_FORM_ID, env.HUBSPOT_ACCESS_TOKEN];
    if (hubspot.some(Boolean) && !hubspot.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["HUBSPOT_*"],
        message: "HubSpot needs all of HUBSPOT_PORTAL_ID, HUBSPOT_FORM_ID and HUBSPOT_ACCESS_TOKEN",
      });
    }
    if (Boolean(env.CRM_WEBHOOK_URL) !== Boolean(env.CRM_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["CRM_WEBHOOK_*"],
        message: "the webhook needs both CRM_WEBHOOK_URL and CRM_WEBHOOK_SECRET",
      });
    }
  });

export type EnquiryConfig = z.output<typeof enquiryEnvSchema> & {
  destinations: CrmDestination[];
  dataDir: string;
  leaseMs: number;
};

export function parseEnquiryConfig(source: Record<string, string | undefined>): EnquiryConfig {
  const env = parseSettings(enquiryEnvSchema, source, "enquiry configuration");
  const destinations: CrmDestination[] = [];
  if (env.HUBSPOT_PORTAL_ID && env.HUBSPOT_FORM_ID && env.HUBSPOT_ACCESS_TOKEN) {
    destinations.push(
      hubspotDestination({
        portalId: env.HUBSPOT_PORTAL_ID,
        formId: env.HUBSPOT_FORM_ID,
        ...(env.HUBSPOT_NEWSLETTER_FORM_ID ? { newsletterFormId: env.HUBSPOT_NEWSLETTER_FORM_ID } : {}),
        ...(env.HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID
          ? { newsletterSubscriptionTypeId: Number(env.HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID) }
          : {}),
        accessToken: env.HUBSPOT_ACCESS_TOKEN,
        apiUrl: env.HUBSPOT_API_URL,
        formsApiUrl: env.HUBSPOT_FORMS_API_URL,
      }),
    );
  }
  if (env.CRM_WEBHOOK_URL && env.CRM_WEBHOOK_SECRET) {
    destinations.push(webhookDestination({ url: env.CRM_WEBHOOK_URL, secret: env.CRM_WEBHOOK_SECRET }));
  }
  const leaseMs = env.DELIVERY_LEASE_MS ?? env.CRM_TIMEOUT_MS + 30_000;
  if (leaseMs <= env.CRM_TIMEOUT_MS)
    throw new Error("Invalid enquiry configuration:\n  DELIVERY_LEASE_MS: must be longer than CRM_TIMEOUT_MS");
  return { ...env, destinations, leaseMs, dataDir: path.resolve(env.DATA_DIR) };
}

let cached: EnquiryConfig | undefined;
export function enquiryConfig(): EnquiryConfig {
  cached ??= parseEnquiryConfig(process.env);
  return cached;
}
