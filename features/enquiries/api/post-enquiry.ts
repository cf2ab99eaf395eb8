import { absoluteUrl, scaffoldHref, site } from "@/lib/site";
import { acceptEnquiry } from "../accept";
import { saveFlash } from "../form-state/flash";
import { formStateFrom } from "../form-state/form-state";
import {
  bodyKind,
  BodyTooLargeError,
  clientKey,
  cookieValue,
  originAllowed,
  parseBody,
  readBodyLimited,
  type BodyKind,
} from "../http";
import { sourceSlug } from "../schema";
import { enquiryService } from "../service";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

function redirect(path: string) {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

function unavailable(kind: BodyKind, detail: string) {
  const message = "Enquiries cannot be saved right now, and nothing was saved. Please try again in a few minutes.";
  console.error(`enquiries: storage unavailable: ${detail}`);
  if (kind === "form") {
    return new Response(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Not sent</title><body><h1>Your enquiry was not sent</h1><p>${message}</p><p>Use your browser's Back button: your answers are still in the form.</p></body></html>`,
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "60" } },
    );
  }
  return json(503, { error: message }, { "Retry-After": "60" });
}

type Answer = { response: Response; afterResponse?: () => void };

/** POST /api/enquiry: JSON (201/422) or a plain form post (303 to thanks, or back to the form with input kept). */
export async function postEnquiry(request: Request): Promise<Answer> {
  const answer = await answerEnquiry(request);
  return answer instanceof Response ? { response: answer } : answer;
}

async function answerEnquiry(request: Request): Promise<Response | Answer> {
  const kind = bodyKind(request.headers.get("content-type"));
  if (!kind) return json(415, { error: "Send application/json or application/x-www-form-urlencoded." });
  if (!originAllowed(request, site.url)) return json(403, { error: "Cross-site form posts are not accepted." });

  let text: string;
  try {
    text = await readBodyLimited(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(413, { error: "The enquiry is larger than 16 KB." });
    throw error;
  }
  const input = parseBody(kind, text);
  if (!input) return json(400, { error: "The body is not a JSON object." });

  const from = sourceSlug(input.from);
  try {
    const service = await enquiryService();
    const result = await acceptEnquiry(service, input, {
      clientKey: clientKey(request),
      pageUri: absoluteUrl(scaffoldHref(from)),
      hutk: cookieValue(request, "hubspotutk"),
      from,
    });
    if (result.kind === "rate-limited") {
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      const headers = { "Retry-After": String(result.retryAfterSeconds) };
      return json(429, { error: `Too many enquiries from your address. Try again in ${minutes} minute(s).` }, headers);
    }
    if (result.kind === "invalid") {
      if (kind === "json") return json(422, { errors: result.errors });
      const flash = await saveFlash(service.db, formStateFrom(input, result.errors));
      const query = new URLSearchParams({ ...(from ? { from } : {}), form: flash });
      // No #fragment: browsers skip autofocus when the URL targets an element, and the focus is what matters.
      return redirect(`/scaffold?${query}`);
    }
    // Delivery starts once the answer has gone: the sender never waits on the CRM.
    const response = kind === "json" ? json(201, { id: result.id }) : redirect("/scaffold/thanks");
    return { response, afterResponse: () => service.kickDelivery() };
  } catch (error) {
    // Storage down or locked, or a failed insert that rolled back: nothing half-written, and the sender hears so.
    return unavailable(kind, (error as Error).message);
  }
}
