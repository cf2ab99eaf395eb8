import type { ReactNode } from "react";
import type { FormErrors } from "../form-state/form-state";
import type { EnquiryFieldName } from "@/features/enquiries/intake/schema";

/** What every control carries: its id and name, its invalid state, its description (hint and error), first-error focus. */
export type ControlProps = {
  id: string;
  name: EnquiryFieldName;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  autoFocus?: never;
  autofocus?: "";
};

type FieldProps = {
  name: EnquiryFieldName;
  label: string;
  errors: FormErrors;
  hint?: string;
  /** The first invalid field of a page re-rendered for a browser without JavaScript. */
  autofocus: boolean;
  checkbox?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function Field({ name, label, errors, hint, autofocus, checkbox = false, children }: FieldProps) {
  const error = errors[name];
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const control: ControlProps = {
    id: `field-${name}`,
    name,
    ...(error ? { "aria-invalid": true } : {}),
    ...(hintId || errorId ? { "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") } : {}),
    // React never writes autoFocus into server HTML (it focuses from JavaScript): use the plain attribute.
    ...(autofocus ? { autofocus: "" } : {}),
  };
  const labelElement = <label htmlFor={control.id}>{label}</label>;
  return (
    <div className={checkbox ? "field field-checkbox" : "field"}>
      {checkbox ? (
        <>
          {children(control)}
          {labelElement}
        </>
      ) : (
        <>
          {labelElement}
          {children(control)}
        </>
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
