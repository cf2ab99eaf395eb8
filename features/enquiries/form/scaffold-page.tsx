import { EnquiryForm } from "./enquiry-form";
import type { ScaffoldFormProps } from "./load-scaffold-form";

export function ScaffoldPage({ token, from, consentText, initial }: ScaffoldFormProps) {
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
        <EnquiryForm token={token} from={from ?? undefined} consentText={consentText} initial={initial ?? undefined} />
      ) : (
        <p className="error-summary" role="alert">
          The enquiry form is unavailable for a moment: we cannot store enquiries right now, so we are not accepting
          them. Please try again in a few minutes.
        </p>
      )}
    </div>
  );
}
