"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import type { FormErrors } from "../form-state/form-state";
import { FIELD_ORDER, validateEnquiry } from "@/features/enquiries/intake/schema";
import { ENQUIRY_API_PATH } from "@/lib/routes.mjs";

type SubmitResponse = { id?: string; errors?: FormErrors; error?: string };

/**
 * The JavaScript path of the enquiry form: validate with the shared schema, post JSON, and keep the errors
 * (moving focus to the first one) or the accepted enquiry's id. Without JavaScript the form posts itself.
 */
export function useEnquirySubmit(initialErrors: FormErrors) {
  const [errors, setErrors] = useState<FormErrors>(initialErrors);
  const [sentId, setSentId] = useState<string>();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const showErrors = (next: FormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => {
      const first = FIELD_ORDER.find((f) => next[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      else summaryRef.current?.focus();
    });
  };

  const send = async (data: Record<string, string>) => {
    try {
      const response = await fetch(ENQUIRY_API_PATH, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...data, consent: data.consent === "on" }),
      });
      const body = (await response.json().catch(() => ({}))) as SubmitResponse;
      if (response.status === 201 && body.id) {
        setErrors({});
        setSentId(body.id);
      } else if (response.status === 422 && body.errors) {
        showErrors(body.errors);
      } else {
        showErrors({ form: body.error ?? `Your enquiry was not sent (HTTP ${response.status}). Please try again.` });
      }
    } catch {
      showErrors({
        form: "Your enquiry was not sent: the connection failed. Check it and send again — your answers are still here.",
      });
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const local = validateEnquiry(data);
    if (!local.ok) return showErrors(local.errors);
    startTransition(() => send(data));
  };

  return { errors, sentId, pending, onSubmit, formRef, summaryRef };
}
