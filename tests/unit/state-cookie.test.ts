import { describe, expect, it, vi } from "vitest";
import { TOKEN_MESSAGES } from "@/features/enquiries/intake/form-token";

const KEY = "state-cookie-key-for-tests";
const cookieValue = (setCookie: string) => setCookie.split(";")[0]!;
const header = (setCookies: string[]) =>
  setCookies
    .map(cookieValue)
    .filter((c) => !c.endsWith("="))
    .join("; ");

async function withSite(url: string) {
  vi.resetModules();
  process.env.SITE_URL = url;
  const scaffold = await import("@/features/enquiries/form-state/scaffold-cookie");
  const subscribe = await import("@/features/enquiries/form-state/subscribe-cookie");
  return { ...scaffold, ...subscribe };
}

const refused = {
  values: { name: "Dorothy Vaughan", email: "not-an-email", company: "Langley", role: "", interest: "other" },
  consent: true,
  errors: {
    email: "Enter an email address like name@company.com",
    role: "Enter your role",
    form: TOKEN_MESSAGES.expired,
  },
};

describe("state cookies of a refused no-JavaScript post", () => {
  it("come back as they went, the messages given again by the form's rules", async () => {
    const { scaffoldCookies, readScaffoldCookies } = await withSite("http://127.0.0.1:3000");
    const back = readScaffoldCookies(header(scaffoldCookies(refused, KEY)), KEY);
    expect(back).toEqual({ ...refused, errors: { ...refused.errors } });
  });

  it("carry codes, not text: no message a sender could rewrite is in them", async () => {
    const { scaffoldCookies } = await withSite("http://127.0.0.1:3000");
    const value = cookieValue(scaffoldCookies(refused, KEY)[0]!).split("=")[1]!;
    const payload = JSON.parse(Buffer.from(value.split(".")[0]!, "base64url").toString("utf8"));
    expect(payload).toEqual({ values: refused.values, consent: true, form: "expired" });
    expect(JSON.stringify(payload)).not.toMatch(/Enter|expired\. Reload/);
  });

  it("are ignored when they fail the signature: rewritten, or signed with another key", async () => {
    const { scaffoldCookies, readScaffoldCookies, subscribeCookies, readSubscribeCookies } =
      await withSite("http://127.0.0.1:3000");
    const cookie = header(scaffoldCookies(refused, KEY));
    const [name, value] = cookie.split("=");
    const [payload, mac] = value!.split(".");
    const forged = Buffer.from(JSON.stringify({ values: { name: "Our words on your form" }, consent: false }));
    expect(readScaffoldCookies(`${name}=${forged.toString("base64url")}.${mac}`, KEY)).toBeUndefined();
    expect(readScaffoldCookies(`${name}=${payload}.${mac!.slice(0, -2)}é`, KEY)).toBeUndefined();
    expect(readScaffoldCookies(cookie, "another-key-entirely")).toBeUndefined();
    const signUp = header(subscribeCookies({ email: "x@example.com", consent: false, errors: {} }, KEY));
    expect(readSubscribeCookies(signUp, KEY)).toMatchObject({ errors: { consent: expect.stringMatching(/Tick/) } });
    expect(readSubscribeCookies(signUp, "another-key-entirely")).toBeUndefined();
  });

  it("are Secure, __Host- and on Path=/ when SITE_URL is https", async () => {
    const { scaffoldCookies, readScaffoldCookies, clearScaffoldCookies } = await withSite("https://log.example.com");
    const set = scaffoldCookies(refused, KEY);
    expect(set[0]).toMatch(
      /^__Host-scaffold-form\.0=[\w-]+\.[\w-]{43}; Path=\/; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(readScaffoldCookies(header(set), KEY)?.values).toEqual(refused.values);
    // One set without the prefix (by another host of the domain, say) is not read.
    expect(readScaffoldCookies(header(set).replace(/__Host-/g, ""), KEY)).toBeUndefined();
    expect(clearScaffoldCookies()[0]).toMatch(
      /^__Host-scaffold-form\.0=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax; Secure$/,
    );
  });
});
