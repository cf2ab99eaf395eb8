/**
 * The doctor's check of a HubSpot form against what the site sends, read from the form-definition API
 * (GET /marketing/v3/forms/{id} on HUBSPOT_FORMS_API_URL, api.hubapi.com: not the submissions host). Answers
 * in words: the token refused, the form missing, a field the form requires that the site never sends, or one
 * the site sends that the form lacks.
 */
export const ENQUIRY_FIELDS = ["firstname", "lastname", "email", "company", "jobtitle", "message", "scaffold_interest"];
export const SUBSCRIPTION_FIELDS = ["email"];

type Definition = { fieldGroups?: { fields?: { name: string; required?: boolean; hidden?: boolean }[] }[] };

export async function checkHubSpotForm(options: {
  formsApiUrl: string;
  accessToken: string;
  formId: string;
  label: string;
  sends: readonly string[];
  timeoutMs: number;
}): Promise<{ ok: boolean; detail: string }> {
  const url = `${options.formsApiUrl.replace(/\/+$/, "")}/marketing/v3/forms/${encodeURIComponent(options.formId)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${options.accessToken}` },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    return { ok: false, detail: `${options.label}: ${url}: ${(error as Error).message}` };
  }
  const where = `${options.label} form ${options.formId}`;
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      detail: `${where}: the token is refused (HTTP ${response.status}): use a private app token with the forms scope`,
    };
  }
  if (response.status === 404) return { ok: false, detail: `${where}: no such form in this portal (HTTP 404)` };
  if (!response.ok) return { ok: false, detail: `${where}: HTTP ${response.status} from ${url}` };
  const definition = (await response.json().catch(() => ({}))) as Definition;
  const fields = (definition.fieldGroups ?? []).flatMap((group) => group.fields ?? []);
  const names = new Set(fields.map((f) => f.name));
  const neverSent = fields.filter((f) => f.required && !f.hidden && !options.sends.includes(f.name)).map((f) => f.name);
  const missing = options.sends.filter((name) => !names.has(name));
  const problems = [
    ...(neverSent.length ? [`it requires ${neverSent.join(", ")}, which the site never sends`] : []),
    ...(missing.length ? [`the site sends ${missing.join(", ")}, which it lacks`] : []),
  ];
  return problems.length > 0
    ? { ok: false, detail: `${where}: ${problems.join("; ")}` }
    : { ok: true, detail: `${where}: the token reads it, and its fields match what the site sends` };
}
