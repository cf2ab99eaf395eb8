import { parseRetryAfter } from "@/features/enquiries/delivery/backoff";
import type { DeliveryOutcome } from "@/features/enquiries/types";

/** What a CRM answered: its status, the start of its body, and its Retry-After. */
export type CrmAnswer = { status: number; text: string; retryAfterMs?: number };

/**
 * POST, and either the answer or, when none came (a timeout, a refused connection), a retry that says why.
 * Each adapter reads the answer by its CRM's own contract (hubspot-answers.ts, webhook.ts).
 */
export async function postToCrm(
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<CrmAnswer | Extract<DeliveryOutcome, { kind: "retry" }>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
      redirect: "manual",
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    const reason =
      name === "TimeoutError" || name === "AbortError"
        ? `no answer within ${init.timeoutMs} ms`
        : `${cause?.code ?? "network error"}: ${cause?.message ?? (error as Error).message}`;
    return { kind: "retry", error: reason };
  }
  const text = (await response.text().catch(() => "")).slice(0, 1000);
  return { status: response.status, text, retryAfterMs: parseRetryAfter(response.headers.get("retry-after")) };
}

export const isAnswer = (value: CrmAnswer | DeliveryOutcome): value is CrmAnswer => "text" in value;
