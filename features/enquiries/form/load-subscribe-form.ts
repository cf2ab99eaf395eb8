import { readSubscribeCookie, SUBSCRIBE_COOKIE } from "../form-state/subscribe-cookie";
import { cookieValue } from "../http";
import { issueFormToken } from "../issued-token";
import { enquiryService } from "../service";
import type { SubscribeFormProps } from "./subscribe-form";

/** Server side of /subscribe, on every visit: a fresh token, and what a refused post left in its cookie. */
export async function loadSubscribeForm(cookieHeader: string | undefined): Promise<SubscribeFormProps> {
  const request = new Request("http://local/", { headers: cookieHeader ? { cookie: cookieHeader } : {} });
  const state = readSubscribeCookie(cookieValue(request, SUBSCRIBE_COOKIE)) ?? null;
  try {
    const service = await enquiryService();
    return { token: issueFormToken(service.tokenSecret), state };
  } catch (error) {
    console.error(`subscribe: storage unavailable: ${(error as Error).message}`);
    return { token: null, state };
  }
}
