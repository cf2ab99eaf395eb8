import { absoluteUrl, SUBSCRIBE_PATH, SUBSCRIBED_PATH } from "@/lib/site";
import { FORM_MESSAGES, stateCookieKey } from "../form-state/form-state";
import { subscribeCookies, type SubscribeFormState } from "../form-state/subscribe-cookie";
import { clientAddress } from "@/lib/http/client-address";
import { sourceSlug } from "@/features/enquiries/intake/schema";
import { enquiryService } from "../service";
import { acceptSubscription } from "@/features/enquiries/intake/subscription";
import { json, readSubmission, redirect, tooMany, unavailable, type Answer } from "./answers";

const FORM_ANCHOR = "#by-email";

/**
 * POST /api/subscribe: JSON (201 / 422) or a plain form post (303 to the thank-you page, or back to /subscribe
 * with the input and messages in a short-lived cookie).
 */
export async function postSubscription(request: Request): Promise<Answer> {
  const submission = await readSubmission(request, "subscription");
  if (submission instanceof Response) return { response: submission };
  const { kind, input } = submission;
  const from = sourceSlug(input.from);
  const typed = {
    email: typeof input.email === "string" ? input.email.slice(0, 320) : "",
    consent: Boolean(input.consent),
  };
  try {
    const service = await enquiryService();
    const key = stateCookieKey(service.tokenSecret);
    const back = (state: SubscribeFormState) =>
      redirect(`${SUBSCRIBE_PATH}${FORM_ANCHOR}`, subscribeCookies(state, key));
    const result = await acceptSubscription(service, input, {
      rateLimitAddress: clientAddress(request, service.config.TRUSTED_PROXY_HOPS),
      pageUri: absoluteUrl(SUBSCRIBE_PATH),
      from,
    });
    if (result.kind === "rate-limited") return { response: tooMany(result.retryAfterSeconds, "subscriptions") };
    if (result.kind === "invalid") {
      const response =
        kind === "json" ? json(422, { errors: result.errors }) : back({ ...typed, errors: result.errors });
      return { response };
    }
    if (result.kind === "confirm") {
      if (kind === "json") return { response: json(422, { errors: { form: "The form token is missing." } }) };
      return {
        response: back({ email: result.email, consent: true, errors: {}, confirm: true, ...(from ? { from } : {}) }),
      };
    }
    const response = kind === "json" ? json(201, { id: result.id }) : redirect(SUBSCRIBED_PATH);
    return { response, afterResponse: () => service.kickDelivery() };
  } catch (error) {
    console.error(`subscriptions: storage unavailable: ${(error as Error).message}`);
    return { response: unavailable(kind, { heading: "You were not subscribed", message: FORM_MESSAGES.unavailable }) };
  }
}
