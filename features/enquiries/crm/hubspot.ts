import type { CrmDestination, StoredEnquiry } from "@/features/enquiries/types";
import { postAndClassify } from "./http";

export type HubSpotConfig = {
  portalId: string;
  formId: string;
  /** The form behind the newsletter list; subscriptions wait (and retry) until it is configured. */
  newsletterFormId?: string;
  accessToken: string;
  apiUrl: string;
};

type HubSpotField = { objectTypeId: "0-1"; name: string; value: string };

export type HubSpotSubmission = {
  submittedAt: string;
  fields: HubSpotField[];
  context: { pageUri: string; pageName: string; hutk?: string };
  legalConsentOptions: { consent: { consentToProcess: true; text: string; communications: [] } };
};

/** "Ada Lovelace King" → first "Ada", last "Lovelace King"; a single name goes to firstname. */
export function splitName(name: string): { firstname: string; lastname: string } {
  const [first = "", ...rest] = name.trim().split(/\s+/);
  return { firstname: first, lastname: rest.join(" ") };
}

/** The Forms API v3 body for one enquiry (contact properties are object type 0-1). */
export function hubspotSubmission(enquiry: StoredEnquiry): HubSpotSubmission {
  const { firstname, lastname } = splitName(enquiry.name);
  const contact = (name: string, value: string): HubSpotField => ({ objectTypeId: "0-1", name, value });
  const fields = [
    contact("firstname", firstname),
    contact("lastname", lastname),
    contact("email", enquiry.email),
    contact("company", enquiry.company),
    contact("jobtitle", enquiry.role),
    contact("message", enquiry.message),
    contact("scaffold_interest", enquiry.interest),
  ].filter((f) => f.value !== "");
  return {
    submittedAt: String(Date.parse(enquiry.createdAt)),
    fields,
    context: { pageUri: enquiry.pageUri, pageName: enquiry.pageName, ...(enquiry.hutk ? { hutk: enquiry.hutk } : {}) },
    legalConsentOptions: { consent: { consentToProcess: true, text: enquiry.consentText, communications: [] } },
  };
}

export function hubspotSubmitUrl(config: HubSpotConfig, formId = config.formId): string {
  const base = config.apiUrl.replace(/\/+$/, "");
  return `${base}/submissions/v3/integration/secure/submit/${encodeURIComponent(config.portalId)}/${encodeURIComponent(formId)}`;
}

export function hubspotDestination(config: HubSpotConfig): CrmDestination {
  return {
    name: "hubspot",
    async deliver(enquiry, { timeoutMs }) {
      const formId = enquiry.kind === "subscription" ? config.newsletterFormId : config.formId;
      if (!formId) {
        return { kind: "retry", error: "HUBSPOT_NEWSLETTER_FORM_ID is not set: the subscription waits until it is" };
      }
      return postAndClassify(hubspotSubmitUrl(config, formId), {
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${config.accessToken}` },
        body: JSON.stringify(hubspotSubmission(enquiry)),
        timeoutMs,
      });
    },
    async probe({ timeoutMs }) {
      // Token check: an authenticated read of the form definition creates nothing.
      const url = `${config.apiUrl.replace(/\/+$/, "")}/marketing/v3/forms/${encodeURIComponent(config.formId)}`;
      try {
        const response = await fetch(url, {
          headers: { Authorization: `Bearer ${config.accessToken}` },
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { ok: response.status < 400, detail: `HTTP ${response.status} from ${url}` };
      } catch (error) {
        return { ok: false, detail: `${url}: ${(error as Error).message}` };
      }
    },
  };
}
