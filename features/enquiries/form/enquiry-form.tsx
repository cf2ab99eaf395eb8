"use client";

import type { FormState } from "../form-state/form-state";
import {
  FIELD_ORDER,
  HONEYPOT_FIELD,
  INTEREST_LABELS,
  INTERESTS,
  MESSAGE_MAX,
  TOKEN_FIELD,
} from "@/features/enquiries/intake/schema";
import { Field } from "./field";
import { useEnquirySubmit } from "./use-enquiry-submit";
import { ENQUIRY_API_PATH } from "@/lib/routes.mjs";

type Props = { token: string; from?: string; consentText: string; initial?: FormState };

const TEXT_FIELDS = [
  { name: "name", label: "Your name", type: "text", autoComplete: "name" },
  { name: "email", label: "Work email", type: "email", autoComplete: "email" },
  { name: "company", label: "Company", type: "text", autoComplete: "organization" },
  { name: "role", label: "Your role", type: "text", autoComplete: "organization-title" },
] as const;

/**
 * The Scaffold enquiry form. Without JavaScript it is a plain POST to
 * /api/enquiry (errors come back on this page with the input kept); with
 * JavaScript it validates with the same schema, posts JSON, and shows errors
 * or the thank-you in place without a reload.
 */
export function EnquiryForm({ token, from, consentText, initial }: Props) {
  const initialErrors = initial?.errors ?? {};
  const values = initial?.values ?? {};
  const { errors, sentId, pending, onSubmit, formRef, summaryRef } = useEnquirySubmit(initialErrors);

  if (sentId) {
    return (
      <div className="enquiry-sent" role="status" tabIndex={-1} ref={(el) => el?.focus()}>
        <h2>Thank you — your enquiry is in.</h2>
        <p>We read every enquiry and reply within two working days. Your reference is {sentId.slice(0, 8)}.</p>
      </div>
    );
  }

  const problems = [
    ...(errors.form ? [{ field: undefined, text: errors.form }] : []),
    ...FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ field: f, text: errors[f]! })),
  ];
  // Server-rendered errors (no JavaScript): the first invalid field, or else the summary, gets autofocus.
  const serverFirstError = errors === initialErrors ? FIELD_ORDER.find((f) => initialErrors[f]) : undefined;
  const fieldProps = (name: (typeof FIELD_ORDER)[number]) => ({ name, errors, autofocus: name === serverFirstError });

  return (
    <form
      ref={formRef}
      id="enquiry-form"
      className="enquiry-form"
      action={ENQUIRY_API_PATH}
      method="post"
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
    >
      {problems.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          id="enquiry-errors"
          {...(!serverFirstError && errors === initialErrors && initialErrors.form ? { autofocus: "" } : {})}
        >
          <h2>{problems.length === 1 ? "There is a problem" : `There are ${problems.length} problems`}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.field ?? "form"}>{p.field ? <a href={`#field-${p.field}`}>{p.text}</a> : p.text}</li>
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

      {TEXT_FIELDS.map(({ name, label, type, autoComplete }) => (
        <Field key={name} label={label} {...fieldProps(name)}>
          {(control) => (
            <input {...control} type={type} autoComplete={autoComplete} defaultValue={values[name] ?? ""} required />
          )}
        </Field>
      ))}

      <Field label="What are you interested in?" {...fieldProps("interest")}>
        {(control) => (
          <select {...control} defaultValue={values.interest ?? ""} required>
            <option value="" disabled>
              Choose one
            </option>
            {INTERESTS.map((value) => (
              <option key={value} value={value}>
                {INTEREST_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        label="Anything we should know? (optional)"
        hint={`Up to ${MESSAGE_MAX} characters.`}
        {...fieldProps("message")}
      >
        {(control) => <textarea {...control} rows={5} maxLength={MESSAGE_MAX} defaultValue={values.message ?? ""} />}
      </Field>

      <Field label={consentText} checkbox {...fieldProps("consent")}>
        {(control) => <input {...control} type="checkbox" defaultChecked={initial?.consent ?? false} required />}
      </Field>

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send enquiry"}
      </button>
    </form>
  );
}
