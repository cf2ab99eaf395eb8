import { after } from "next/server";
import { acceptEnquiry, type AcceptResult } from "@/lib/enquiries/accept";
import { StorageUnavailableError } from "@/lib/db/database";
import { StoreLockedError } from "@/lib/db/lock";
import { bodyKind, BodyTooLargeError, clientKey, cookieValue, originAllowed, parseBody, readBodyLimited, type BodyKind } from "@/lib/enquiries/http";
import { FIELD_ORDER } from "@/lib/enquiries/schema";
import { enquiryService } from "@/lib/enquiries/service";
import { saveFlash } from "@/lib/enquiries/store";
import { absoluteUrl, site } from "@/lib/site";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

function unavailable(kind: BodyKind | undefined, detail: string) {
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

function redirect(path: string) {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
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

  const from = typeof input.from === "string" ? input.from : undefined;
  let service;
  let result: AcceptResult;
  try {
    service = await enquiryService();
    result = await acceptEnquiry(service, input, {
      clientKey: clientKey(request),
      pageUri: absoluteUrl(from ? `/scaffold?from=${encodeURIComponent(from)}` : "/scaffold"),
      hutk: cookieValue(request, "hubspotutk"),
      from,
    });
  } catch (error) {
    if (error instanceof StorageUnavailableError || error instanceof StoreLockedError) return unavailable(kind, (error as Error).message);
    // A failed insert rolled back: nothing half-written, and the sender hears so.
    return unavailable(kind, (error as Error).message);
  }

  if (result.kind === "rate-limited") {
    const headers = { "Retry-After": String(result.retryAfterSeconds) };
    return json(429, { error: `Too many enquiries from your address. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minute(s).` }, headers);
  }
  if (result.kind === "invalid") {
    if (kind === "json") return json(422, { errors: result.errors });
    const values = Object.fromEntries(FIELD_ORDER.filter((f) => f !== "consent").map((f) => [f, typeof input[f] === "string" ? input[f] : ""]));
    const flash = await saveFlash(service.db, { values, consent: Boolean(input.consent), errors: result.errors });
    const query = new URLSearchParams({ ...(from ? { from } : {}), form: flash });
    // No #fragment: browsers skip autofocus when the URL targets an element, and the focus is what matters.
    return redirect(`/scaffold?${query}`);
  }
  after(() => service.kickDelivery());
  return kind === "json" ? json(201, { id: result.id }) : redirect("/scaffold/thanks");
}
