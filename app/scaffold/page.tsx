import type { Metadata } from "next";
import { EnquiryForm, type EnquiryFormValues } from "@/components/enquiry-form";
import { CONSENT } from "@/lib/enquiries/consent";
import { issueFormToken } from "@/lib/enquiries/issued-token";
import type { FieldErrors } from "@/lib/enquiries/schema";
import { enquiryService } from "@/lib/enquiries/service";
import { takeFlash } from "@/lib/enquiries/store";
import { alternatesFor } from "../_lib/metadata";

export const dynamic = "force-dynamic"; // every visit gets a freshly signed form token

export const metadata: Metadata = {
  title: "Scaffold",
  description: "Scaffold is V8 Global's executive AI community, and where a build conversation starts.",
  alternates: alternatesFor("/scaffold"),
};

type Flash = { values: EnquiryFormValues; consent: boolean; errors: FieldErrors & { form?: string } };
type Props = { searchParams: Promise<{ from?: string; form?: string }> };

export default async function ScaffoldPage({ searchParams }: Props) {
  const { from, form } = await searchParams;
  const source = typeof from === "string" && /^[a-z0-9-]{1,120}$/.test(from) ? from : undefined;
  let token: string | undefined;
  let flash: Flash | undefined;
  try {
    const service = await enquiryService();
    token = issueFormToken(service.tokenSecret);
    if (typeof form === "string") flash = await takeFlash<Flash>(service.db, form);
  } catch (error) {
    console.error(`scaffold: enquiry storage unavailable: ${(error as Error).message}`);
  }

  return (
    <div className="scaffold">
      <header className="page-intro">
        <p className="scaffold-cta-kicker">Scaffold</p>
        <h1>Build with people who have had the bad days already</h1>
        <p>
          Scaffold is V8 Global&apos;s community for established business leaders who are putting AI to work: small
          events, practical intelligence from systems we run ourselves, and introductions chosen with care. It is also
          where a build conversation about your own operations starts.
        </p>
      </header>
      <ul className="scaffold-points">
        <li>
          <strong>Events</strong> — small rooms, London first, about what held up in production and what did not.
        </li>
        <li>
          <strong>Practical intelligence</strong> — the Operator&apos;s Log and what sits behind it, before it is public.
        </li>
        <li>
          <strong>Introductions</strong> — to operators who have solved the problem you are looking at.
        </li>
      </ul>

      <h2 className="section-title">Tell us about you</h2>
      {token ? (
        <EnquiryForm
          token={token}
          from={source}
          consentText={CONSENT.text}
          initialValues={flash?.values}
          initialConsent={flash?.consent}
          initialErrors={flash?.errors}
        />
      ) : (
        <p className="error-summary" role="alert">
          The enquiry form is unavailable for a moment: we cannot store enquiries right now, so we are not accepting
          them. Please try again in a few minutes.
        </p>
      )}
    </div>
  );
}
