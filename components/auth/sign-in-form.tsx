"use client";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "@/lib/auth/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Labels = {
  email: string;
  emailHint: string;
  submit: string;
  sending: string;
  sent: string;
  errors: Record<string, string>;
};

export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, { status: "idle" });
  const emailError = state.fields?.email ? (labels.errors[state.fields.email] ?? labels.errors.invalid) : undefined;
  return (
    <form action={action} noValidate className="max-w-md space-y-4">
      {state.status === "sent" ? <Alert tone="success">{labels.sent}</Alert> : null}
      {state.formError ? <Alert tone="error">{labels.errors[state.formError]}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div>
        <label htmlFor="email" className="block font-semibold">
          {labels.email}
        </label>
        <p id="email-hint" className="text-sm text-gray-700">
          {labels.emailHint}
        </p>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-hint email-error" : "email-hint"}
          className="mt-1 w-full rounded border border-gray-600 px-3 py-2"
        />
        {emailError ? (
          <p id="email-error" className="mt-1 text-sm font-semibold text-red-800">
            {emailError}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </Button>
    </form>
  );
}
