import { SUBSCRIBE_API_PATH, SUBSCRIBE_PATH } from "@/lib/site";
import type { SubscribeFormState } from "../form-state/subscribe-cookie";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/features/enquiries/intake/schema";
import { SUBSCRIPTION_CONSENT } from "@/features/enquiries/intake/subscription";
import { Field } from "./field";

export type SubscribeFormProps = {
  /** A freshly signed issued-at token; null while storage is down (the form then says so). */
  token: string | null;
  /** What came back from a refused or unconfirmed post (subscribe-cookie.ts). */
  state: SubscribeFormState | null;
};

/**
 * "Get new posts by email" on /subscribe: a plain form that works without JavaScript, with the Scaffold form's
 * guards (token, honeypot, rate limit). A refused post comes back here with the input and the messages.
 */
export function SubscribeForm({ token, state }: SubscribeFormProps) {
  const errors = state?.errors ?? {};
  const firstInvalid = errors.email ? "email" : errors.consent ? "consent" : undefined;
  if (!token) {
    return <p role="alert">Email subscriptions cannot be taken right now. Please try again in a few minutes.</p>;
  }
  return (
    <form className="subscribe-form" action={SUBSCRIBE_API_PATH} method="post" noValidate>
      {state?.confirm && (
        <p className="subscribe-confirm" role="status">
          Almost there: press Subscribe to confirm {state.email}.
        </p>
      )}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <input type="hidden" name={TOKEN_FIELD} value={token} />
      {state?.from && <input type="hidden" name="from" value={state.from} />}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="subscribe-website">Leave this empty</label>
        <input
          id="subscribe-website"
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <Field name="email" label="Your email" errors={errors} autofocus={firstInvalid === "email"}>
        {(control) => (
          <input {...control} type="email" autoComplete="email" defaultValue={state?.email ?? ""} required />
        )}
      </Field>
      <Field
        name="consent"
        label={SUBSCRIPTION_CONSENT.text}
        errors={errors}
        autofocus={firstInvalid === "consent"}
        checkbox
      >
        {(control) => <input {...control} type="checkbox" defaultChecked={state?.consent ?? false} required />}
      </Field>
      <button type="submit" className="button">
        Subscribe
      </button>
    </form>
  );
}

/**
 * The same offer after each post. A post's page is static, so it carries no form token: a valid post from it
 * goes on to /subscribe, where the reader confirms once — the step that a bot posting blind never takes.
 */
export function PostSubscribeForm({ from }: { from: string }) {
  return (
    <form className="subscribe-form subscribe-form-compact" action={SUBSCRIBE_API_PATH} method="post" noValidate>
      <input type="hidden" name="from" value={from} />
      <div className="field">
        <label htmlFor="post-subscribe-email">Your email</label>
        <input id="post-subscribe-email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field field-checkbox">
        <input id="post-subscribe-consent" name="consent" type="checkbox" required />
        <label htmlFor="post-subscribe-consent">{SUBSCRIPTION_CONSENT.text}</label>
      </div>
      <button type="submit" className="button">
        Subscribe
      </button>
      <p className="field-hint">
        Or follow by RSS: <a href={SUBSCRIBE_PATH}>every feed</a>.
      </p>
    </form>
  );
}
