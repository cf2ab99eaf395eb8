import type { Probe } from "./probe";

/** The API: health answers, and an empty enquiry is refused (it must never create one). */
export async function checkApi(probe: Probe): Promise<void> {
  const healthUrl = `${probe.origin}/api/health`;
  const health = await probe.get(healthUrl);
  if (!health || health.status !== 200) probe.fail(`${healthUrl}: HTTP ${health?.status ?? "no answer"}`);
  else probe.checkHeaders(healthUrl, health);
  const enquiryUrl = `${probe.origin}/api/enquiry`;
  const empty = await probe.get(enquiryUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (empty && empty.status !== 422)
    probe.fail(`POST ${enquiryUrl} with an empty body: HTTP ${empty.status}, want 422`);
  else if (empty) probe.checkHeaders(enquiryUrl, empty);
}
