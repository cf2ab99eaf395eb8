"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { FIELD_ORDER, HONEYPOT_FIELD, INTEREST_LABELS, INTERESTS, MESSAGE_MAX, TOKEN_FIELD, validateEnquiry, type EnquiryFieldName, type FieldErrors } from "@/lib/enquiries/schema";

export type EnquiryFormValues = Partial<Record<Exclude<EnquiryFieldName, "consent">, string>>;
type Errors = FieldErrors & { form?: string };

type Props = {
  token: string;
  from?: string;
  consentText: string;
  initialValues?: EnquiryFormValues;
  initialConsent?: boolean;
  initialErrors?: Errors;
};

const LABELS: Record<EnquiryFieldName, string> = {
  name: "Your name",
  email: "Work email",
  company: "Company",
  role: "Your role",
  interest: "What are you interested in?",
  message: "Anything we should know? (optional)",
  consent: "Consent",
};

function FieldError({ field, errors }: { field: EnquiryFieldName; errors: Errors }) {
  if (!errors[field]) return null;
  return (
    <p className="field-error" id={`${field}-error`}>
      {errors[field]}
    </p>
  );
}

/**
 * The Scaffold enquiry form. Without JavaScript it is a plain POST to
 * /api/enquiry (errors come back on this page with the input kept); with
 * JavaScript it validates with the same schema, posts JSON, and shows errors
 * or the thank-you in place without a reload.
 */
export function EnquiryForm({ token, from, consentText, initialValues = {}, initialConsent = false, initialErrors = {} }: Props) {
  const [errors, setErrors] = useState<Errors>(initialErrors);
  const [sentId, setSentId] = useState<string>();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const showErrors = (next: Errors) => {
    setErrors(next);
    requestAnimationFrame(() => {
      const first = FIELD_ORDER.find((f) => next[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      else summaryRef.current?.focus();
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const local = validateEnquiry(data);
    if (!local.ok) return showErrors(local.errors);
    startTransition(async () => {
      try {
        const response = await fetch("/api/enquiry", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ ...data, consent: data.consent === "on" }),
        });
        const body = (await response.json().catch(() => ({}))) as { id?: string; errors?: Errors; error?: string };
        if (response.status === 201 && body.id) {
          setErrors({});
          setSentId(body.id);
        } else if (response.status === 422 && body.errors) {
          showErrors(body.errors);
        } else {
          showErrors({ form: body.error ?? `Your enquiry was not sent (HTTP ${response.status}). Please try again.` });
        }
      } catch {
        showErrors({ form: "Your enquiry was not sent: the connection failed. Check it and send again — your answers are still here." });
      }
    });
  };

  if (sentId) {
    return (
      <div className="enquiry-sent" role="status" tabIndex={-1} ref={(el) => el?.focus()}>
        <h2>Thank you — your enquiry is in.</h2>
        <p>We read every enquiry and reply within two working days. Your reference is {sentId.slice(0, 8)}.</p>
      </div>
    );
  }

  const messages = [...(errors.form ? [{ field: undefined, text: errors.form }] : []), ...FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ field: f, text: errors[f]! }))];
  const describe = (field: EnquiryFieldName, hint?: string) => [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  // React never writes autoFocus into server HTML (it focuses from JavaScript), so a page re-rendered
  // with errors for a browser without JavaScript gets the plain attribute on its first invalid field.
  const serverFirstError = FIELD_ORDER.find((f) => initialErrors[f]);
  const focusFirst = (field: EnquiryFieldName) => (field === serverFirstError && errors === initialErrors ? ({ autofocus: "" } as object) : {});
  /** What every control carries: its invalid state, its description (hint and error), first-error focus. */
  const fieldState = (field: EnquiryFieldName, hint?: string) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describe(field, hint),
    ...focusFirst(field),
  });

  return (
    <form ref={formRef} id="enquiry-form" className="enquiry-form" action="/api/enquiry" method="post" noValidate onSubmit={onSubmit} aria-busy={pending}>
      {messages.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          id="enquiry-errors"
          {...(!serverFirstError && initialErrors.form ? ({ autofocus: "" } as object) : {})}
        >
          <h2>{messages.length === 1 ? "There is a problem" : `There are ${messages.length} problems`}</h2>
          <ul>
            {messages.map((m) => (
              <li key={m.field ?? "form"}>{m.field ? <a href={`#field-${m.field}`}>{m.text}</a> : m.text}</li>
            ))}
          </ul>
        </div>
      )}

      <input type="hidden" name={TOKEN_FIELD} value={token} />
      {from && <input type="hidden" name="from" value={from} />}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">Leave this empty</label>
        <input id="field-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      {(["name", "email", "company", "role"] as const).map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`field-${field}`}>{LABELS[field]}</label>
          <input
            id={`field-${field}`}
            name={field}
            type={field === "email" ? "email" : "text"}
            autoComplete={{ name: "name", email: "email", company: "organization", role: "organization-title" }[field]}
            defaultValue={initialValues[field] ?? ""}
            {...fieldState(field)}
            required
          />
          <FieldError field={field} errors={errors} />
        </div>
      ))}

      <div className="field">
        <label htmlFor="field-interest">{LABELS.interest}</label>
        <select
          id="field-interest"
          name="interest"
          defaultValue={initialValues.interest ?? ""}
          {...fieldState("interest")}
          required
        >
          <option value="" disabled>
            Choose one
          </option>
          {INTERESTS.map((value) => (
            <option key={value} value={value}>
              {INTEREST_LABELS[value]}
            </option>
          ))}
        </select>
        <FieldError field="interest" errors={errors} />
      </div>

      <div className="field">
        <label htmlFor="field-message">{LABELS.message}</label>
        <textarea
          id="field-message"
          name="message"
          rows={5}
          maxLength={MESSAGE_MAX}
          defaultValue={initialValues.message ?? ""}
          {...fieldState("message", "message-hint")}
        />
        <p className="field-hint" id="message-hint">
          Up to {MESSAGE_MAX} characters.
        </p>
        <FieldError field="message" errors={errors} />
      </div>

      <div className="field field-checkbox">
        <input
          id="field-consent"
          name="consent"
          type="checkbox"
          defaultChecked={initialConsent}
          {...fieldState("consent")}
          required
        />
        <label htmlFor="field-consent">{consentText}</label>
        <FieldError field="consent" errors={errors} />
      </div>

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send enquiry"}
      </button>
    </form>
  );
}
