import { stateCookieKey } from "../form-state/form-state";
import { readSubscribeCookies } from "../form-state/subscribe-cookie";
import { issueFormToken } from "@/features/enquiries/intake/form-token";
import { enquiryService } from "../service";
import type { SubscribeFormProps } from "./subscribe-form";

/** Server side of /subscribe, on every visit: a fresh token, and what a refused post left in its cookie. */
export async function loadSubscribeForm(cookieHeader: string | undefined): Promise<SubscribeFormProps> {
  try {
    const service = await enquiryService();
    const state = readSubscribeCookies(cookieHeader, stateCookieKey(service.tokenSecret)) ?? null;
    return { token: issueFormToken(service.tokenSecret, "subscription"), state };
  } catch (error) {
    console.error(`subscribe: storage unavailable: ${(error as Error).message}`);
    return { token: null, state: null };
  }
}
