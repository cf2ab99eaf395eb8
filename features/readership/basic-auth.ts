import { secretsEqual } from "@/lib/secure-compare";

/** The realm a browser shows when it asks for the password of /stats. */
export const STATS_CHALLENGE = 'Basic realm="Operator\'s Log figures", charset="UTF-8"';

/** Whether an Authorization header carries HTTP Basic credentials with this password (any user name). */
export function passwordGiven(authorization: string | undefined, password: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? "");
  if (!match) return false;
  const credentials = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = credentials.indexOf(":");
  return colon >= 0 && secretsEqual(credentials.slice(colon + 1), password);
}
