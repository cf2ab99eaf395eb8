import type { CrmDestination, Submission } from "@/features/enquiries/types";
import { classifyHubSpotAnswer } from "@/features/enquiries/delivery/crm/hubspot-answers";
import { checkHubSpotForm, ENQUIRY_FIELDS, SUBSCRIPTION_FIELDS } from "@/features/enquiries/delivery/crm/hubspot-forms";
import { isAnswer, postToCrm } from "@/features/enquiries/delivery/crm/http";

export type HubSpotConfig = {
  portalId: string;
  formId: string;
  /** The form behind the newsletter list; subscriptions wait (and retry) until it is configured. */
  newsletterFormId?: string;
  /** The subscription type a newsletter sign-up consents to (HubSpot's communications consent). */
  newsletterSubscriptionTypeId?: number;
  accessToken: string;
  apiUrl: string;
  /** The form-definition API's host (api.hubapi.com), which the doctor reads. */
  formsApiUrl: string;
};

type HubSpotField = { objectTypeId: "0-1"; name: string; value: string };

type Communication = { value: true; subscriptionTypeId: number; text: string };

export type HubSpotSubmission = {
  submittedAt: string;
  fields: HubSpotField[];
  context: { pageUri: string; pageName: string; hutk?: string };
  legalConsentOptions: { consent: { consentToProcess: true; text: string; communications: Communication[] } };
};

/** HubSpot refuses a submittedAt more than 30 days old: older submissions are sent as of now, a day to spare. */
export const MAX_SUBMITTED_AGE_MS = 29 * 24 * 60 * 60 * 1000;

/**
 * "Ada Lovelace King" → first "Ada", last "Lovelace King". A one-word name is sent as both, so a form that
 * requires lastname (HubSpot's default contact form does) accepts it.
 */
export function splitName(name: string): { firstname: string; lastname: string } {
  const [first = "", ...rest] = name.trim().split(/\s+/);
  return { firstname: first, lastname: rest.length > 0 ? rest.join(" ") : first };
}

/**
 * The Forms API v3 body for one submission (contact properties are object type 0-1). One older than 29 days (a
 * long outage, a subscription waiting for its form, a `retry --dead`) is sent as submitted now, its true time
 * in the message. A newsletter sign-up carries its subscription type's consent, in the words the reader saw.
 */
export function hubspotSubmission(
  submission: Submission,
  options: { now?: number; subscriptionTypeId?: number } = {},
): HubSpotSubmission {
  const now = options.now ?? Date.now();
  const created = Date.parse(submission.createdAt);
  const late = now - created > MAX_SUBMITTED_AGE_MS;
  const contact = (name: string, value: string): HubSpotField => ({ objectTypeId: "0-1", name, value });
  let fields = [contact("email", submission.email)];
  if (submission.kind === "enquiry") {
    const lateNote = `Sent through the site on ${submission.createdAt}; delivered late.`;
    const message = late ? [submission.message, lateNote].filter(Boolean).join("\n\n") : submission.message;
    const { firstname, lastname } = splitName(submission.name);
    fields = [
      contact("firstname", firstname),
      contact("lastname", lastname),
      ...fields,
      contact("company", submission.company),
      contact("jobtitle", submission.role),
      contact("message", message),
      contact("scaffold_interest", submission.interest),
    ].filter((f) => f.value !== "");
  }
  const communications: Communication[] =
    submission.kind === "subscription" && options.subscriptionTypeId !== undefined
      ? [{ value: true, subscriptionTypeId: options.subscriptionTypeId, text: submission.consentText }]
      : [];
  const { pageUri, pageName, hutk } = submission;
  return {
    submittedAt: String(late ? now : created),
    fields,
    context: { pageUri, pageName, ...(hutk ? { hutk } : {}) },
    legalConsentOptions: { consent: { consentToProcess: true, text: submission.consentText, communications } },
  };
}

export function hubspotSubmitUrl(config: HubSpotConfig, formId = config.formId): string {
  const base = config.apiUrl.replace(/\/+$/, "");
  return `${base}/submissions/v3/integration/secure/submit/${encodeURIComponent(config.portalId)}/${encodeURIComponent(formId)}`;
}

export function hubspotDestination(config: HubSpotConfig): CrmDestination {
  return {
    name: "hubspot",
    async deliver(submission, { timeoutMs }) {
      const formId = submission.kind === "subscription" ? config.newsletterFormId : config.formId;
      if (!formId) {
        return { kind: "retry", error: "HUBSPOT_NEWSLETTER_FORM_ID is not set: the subscription waits until it is" };
      }
      const answer = await postToCrm(hubspotSubmitUrl(config, formId), {
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${config.accessToken}` },
        body: JSON.stringify(
          hubspotSubmission(submission, { subscriptionTypeId: config.newsletterSubscriptionTypeId }),
        ),
        timeoutMs,
      });
      return isAnswer(answer) ? classifyHubSpotAnswer(answer) : answer;
    },
    async probe({ timeoutMs }) {
      // Each configured form, read (never submitted to) on the form-definition host.
      const forms = [
        { label: "enquiry", formId: config.formId, sends: ENQUIRY_FIELDS },
        ...(config.newsletterFormId
          ? [{ label: "newsletter", formId: config.newsletterFormId, sends: SUBSCRIPTION_FIELDS }]
          : []),
      ];
      const results = await Promise.all(
        forms.map((form) =>
          checkHubSpotForm({ ...form, formsApiUrl: config.formsApiUrl, accessToken: config.accessToken, timeoutMs }),
        ),
      );
      const warnings =
        config.newsletterFormId && config.newsletterSubscriptionTypeId === undefined
          ? ["warning: HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID is not set, so sign-ups carry no email consent"]
          : [];
      return { ok: results.every((r) => r.ok), detail: [...results.map((r) => r.detail), ...warnings].join("; ") };
    },
  };
}
