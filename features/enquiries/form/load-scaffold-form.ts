import { CONSENT } from "@/features/enquiries/intake/consent";
import { readScaffoldCookies } from "../form-state/scaffold-cookie";
import { stateCookieKey, type FormState } from "../form-state/form-state";
import { issueFormToken } from "@/features/enquiries/intake/form-token";
import { sourceSlug } from "@/features/enquiries/intake/schema";
import { enquiryService } from "../service";

export type ScaffoldFormProps = {
  /** A freshly signed issued-at token; null while storage is down (the page then says so instead of a form). */
  token: string | null;
  from: string | null;
  consentText: string;
  /** The input and messages of a refused no-JavaScript post, from its cookies. */
  initial: FormState | null;
};

/** Server side of /scaffold: runs for every visit (getServerSideProps), never in the browser. */
export async function loadScaffoldForm(
  query: { from?: unknown },
  cookieHeader: string | undefined,
): Promise<ScaffoldFormProps> {
  const base = { from: sourceSlug(query.from) ?? null, consentText: CONSENT.text };
  try {
    const service = await enquiryService();
    const initial = readScaffoldCookies(cookieHeader, stateCookieKey(service.tokenSecret)) ?? null;
    return { ...base, initial, token: issueFormToken(service.tokenSecret, "enquiry") };
  } catch (error) {
    console.error(`scaffold: enquiry storage unavailable: ${(error as Error).message}`);
    return { ...base, initial: null, token: null };
  }
}
