import type { DeliveryOutcome } from "@/features/enquiries/types";
import type { CrmAnswer } from "@/features/enquiries/delivery/crm/http";

/**
 * What each HubSpot Forms API answer means, from its status and `errors[].errorType` (README, "What HubSpot's
 * answers mean"): the person's data (dead, with the reason), our setup (held: the token, the form or its fields;
 * every submission would be refused alike), or come back later (wait, honouring Retry-After).
 */
export const SETUP_ERROR_TYPES = new Set([
  "REQUIRED_FIELD",
  "FIELD_NOT_IN_FORM_DEFINITION",
  "VALUE_NOT_IN_FIELD_DEFINITION",
  "FORM_HAS_RECAPTCHA_ENABLED",
  "MISSING_PROCESSING_CONSENT",
  "MISSING_PROCESSING_CONSENT_TEXT",
  "MISSING_COMMUNICATION_CONSENT_TEXT",
  "MISSING_LEGITIMATE_INTEREST_TEXT",
  "DUPLICATE_SUBSCRIPTION_TYPE_ID",
  "INVALID_LEGAL_OPTION_FORMAT",
]);
export const DATA_ERROR_TYPES = new Set([
  "INVALID_EMAIL",
  "BLOCKED_EMAIL",
  "INVALID_NUMBER",
  "INPUT_TOO_LARGE",
  "NUMBER_OUT_OF_RANGE",
  "INVALID_HUTK",
  "INVALID_PAGE_URI",
  "INVALID_IP_ADDRESS",
]);

/** HubSpot's 423 asks for at least two seconds. */
const LOCKED_MIN_MS = 2_000;

type HubSpotError = { message?: string; errorType?: string };

function errorsOf(text: string): HubSpotError[] {
  try {
    const body = JSON.parse(text) as { errors?: HubSpotError[]; message?: string };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

const describe = (errors: HubSpotError[]) =>
  errors.map((e) => `${e.errorType ?? "?"}: ${e.message ?? ""}`.trim()).join("; ");

export function classifyHubSpotAnswer({ status, text, retryAfterMs }: CrmAnswer): DeliveryOutcome {
  if (status >= 200 && status < 300) return { kind: "delivered", status };
  const why = `HTTP ${status}: ${text}`;
  if (status === 401 || status === 403) {
    return {
      kind: "held",
      status,
      error: `the access token is refused (HTTP ${status}): a private app token with the forms scope is needed`,
    };
  }
  if (status === 404) return { kind: "held", status, error: "the form does not exist (HTTP 404): check its id" };
  if (status === 423)
    return { kind: "wait", status, error: why, retryAfterMs: Math.max(LOCKED_MIN_MS, retryAfterMs ?? 0) };
  if (status === 477 || status === 429 || status === 408 || status >= 500) {
    return { kind: "wait", status, error: why, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  const errors = errorsOf(text);
  const setup = errors.filter((e) => e.errorType && SETUP_ERROR_TYPES.has(e.errorType));
  if (status === 400 && setup.length > 0) {
    return { kind: "held", status, error: `the form's setup refuses what the site sends: ${describe(setup)}` };
  }
  const data = errors.filter((e) => e.errorType && DATA_ERROR_TYPES.has(e.errorType));
  if (data.length > 0) return { kind: "dead", status, error: `the submission's data is refused: ${describe(data)}` };
  // Anything else is read as this submission's own problem: kept dead, with HubSpot's words, for an operator.
  return { kind: "dead", status, error: why };
}
