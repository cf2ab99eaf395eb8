import { CONSENT } from "../consent";
import { takeFlash } from "../form-state/flash";
import type { FormState } from "../form-state/form-state";
import { issueFormToken } from "../issued-token";
import { sourceSlug } from "../schema";
import { enquiryService } from "../service";
import { EnquiryForm } from "./enquiry-form";

/** A freshly signed token, and the input and messages of a refused no-JavaScript post when ?form= names one. */
async function loadForm(flashId: string | undefined): Promise<{ token?: string; flash?: FormState }> {
  try {
    const service = await enquiryService();
    const token = issueFormToken(service.tokenSecret);
    return { token, flash: flashId ? await takeFlash(service.db, flashId) : undefined };
  } catch (error) {
    console.error(`scaffold: enquiry storage unavailable: ${(error as Error).message}`);
    return {};
  }
}

export async function ScaffoldPage({ from, form }: { from?: string; form?: string }) {
  const { token, flash } = await loadForm(typeof form === "string" ? form : undefined);
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
          <strong>Practical intelligence</strong> — the Operator&apos;s Log and what sits behind it, before it is
          public.
        </li>
        <li>
          <strong>Introductions</strong> — to operators who have solved the problem you are looking at.
        </li>
      </ul>

      <h2 className="section-title">Tell us about you</h2>
      {token ? (
        <EnquiryForm token={token} from={sourceSlug(from)} consentText={CONSENT.text} initial={flash} />
      ) : (
        <p className="error-summary" role="alert">
          The enquiry form is unavailable for a moment: we cannot store enquiries right now, so we are not accepting
          them. Please try again in a few minutes.
        </p>
      )}
    </div>
  );
}
