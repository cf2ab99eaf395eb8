import { absoluteUrl, SCAFFOLD_THANKS_PATH, scaffoldHref } from "@/lib/site";
import { acceptEnquiry } from "@/features/enquiries/intake/accept";
import { scaffoldCookies } from "../form-state/scaffold-cookie";
import { formStateFrom, stateCookieKey } from "../form-state/form-state";
import { clientAddress } from "@/lib/http/client-address";
import { readCookie } from "@/lib/http/cookies";
import { sourceSlug } from "@/features/enquiries/intake/schema";
import { enquiryService } from "../service";
import { json, readSubmission, redirect, tooMany, unavailable, type Answer } from "./answers";

const NOT_SAVED = {
  heading: "Your enquiry was not sent",
  message: "Enquiries cannot be saved right now, and nothing was saved. Please try again in a few minutes.",
};

/** POST /api/enquiry: JSON (201/422) or a plain form post (303 to thanks, or back to the form with input kept). */
export async function postEnquiry(request: Request): Promise<Answer> {
  const answer = await answerEnquiry(request);
  return answer instanceof Response ? { response: answer } : answer;
}

async function answerEnquiry(request: Request): Promise<Response | Answer> {
  const submission = await readSubmission(request, "enquiry");
  if (submission instanceof Response) return submission;
  const { kind, input } = submission;

  const from = sourceSlug(input.from);
  try {
    const service = await enquiryService();
    const result = await acceptEnquiry(service, input, {
      rateLimitAddress: clientAddress(request, service.config.TRUSTED_PROXY_HOPS),
      pageUri: absoluteUrl(scaffoldHref(from)),
      hutk: readCookie(request.headers.get("cookie"), "hubspotutk"),
      idempotencyKey: request.headers.get("idempotency-key") ?? undefined,
      from,
    });
    if (result.kind === "rate-limited") return tooMany(result.retryAfterSeconds, "enquiries");
    if (result.kind === "invalid") {
      if (kind === "json") return json(422, { errors: result.errors });
      // Back to the form with the input and messages in the sender's own cookies: no row for a refused post.
      // No #fragment: browsers skip autofocus when the URL targets an element, and the focus is what matters.
      const key = stateCookieKey(service.tokenSecret);
      return redirect(scaffoldHref(from), scaffoldCookies(formStateFrom(input, result.errors), key));
    }
    // Delivery starts once the answer has gone: the sender never waits on the CRM.
    const response = kind === "json" ? json(201, { id: result.id }) : redirect(SCAFFOLD_THANKS_PATH);
    return { response, afterResponse: () => service.kickDelivery() };
  } catch (error) {
    // Storage down or locked, or a failed insert that rolled back: nothing half-written, and the sender hears so.
    console.error(`enquiries: storage unavailable: ${(error as Error).message}`);
    return unavailable(kind, NOT_SAVED);
  }
}
