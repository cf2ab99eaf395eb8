import { parseRetryAfter } from "@/features/enquiries/backoff";
import type { DeliveryOutcome } from "@/features/enquiries/types";

/**
 * POST and classify the answer: 2xx delivered; 408, 425, 429 and 5xx, timeouts
 * and connection errors are worth retrying; any other 4xx will not get better
 * by retrying and is final, with the CRM's own error text kept.
 */
export async function postAndClassify(
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<DeliveryOutcome> {
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
  const text = await response.text().catch(() => "");
  const excerpt = text.slice(0, 1000);
  if (response.ok) return { kind: "delivered", status: response.status };
  if ([408, 425, 429].includes(response.status) || response.status >= 500) {
    return {
      kind: "retry",
      status: response.status,
      error: `HTTP ${response.status}: ${excerpt}`,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    };
  }
  return { kind: "dead", status: response.status, error: `HTTP ${response.status}: ${excerpt}` };
}
