"use server";
import { headers } from "next/headers";
import { assertActionOrigin } from "@/lib/http/action";
import { clientKey } from "@/lib/http/client";
import { AppError } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { fieldErrorsOf } from "@/lib/http/form";
import { z } from "zod";
import { signOut } from "./config";
import { requestMagicLink } from "./magic-link";

export type SignInState = {
  status: "idle" | "sent" | "error";
  /** Message keys, translated by the form. */
  formError?: "auth.error.rateLimited" | "auth.error.unavailable";
  fields?: { email?: string };
  email?: string;
};

export async function requestSignInLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  await assertActionOrigin();
  const rawEmail = formData.get("email");
  const email = typeof rawEmail === "string" ? rawEmail : "";
  const callbackUrl = formData.get("callbackUrl");
  try {
    await requestMagicLink(
      { email, callbackUrl: typeof callbackUrl === "string" && callbackUrl ? callbackUrl : undefined },
      clientKey(await headers()),
    );
    return { status: "sent" };
  } catch (error) {
    if (error instanceof z.ZodError) return { status: "error", fields: fieldErrorsOf(error), email };
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      return { status: "error", formError: "auth.error.rateLimited", email };
    }
    if (isDatabaseUnavailable(error)) return { status: "error", formError: "auth.error.unavailable", email };
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await assertActionOrigin();
  await signOut({ redirectTo: "/" });
}
