"use client";
// The translated texts of the decision and action item forms, handed to the
// browser once per page rather than once per form (a page may hold dozens).
import { createContext, useContext, type ReactNode } from "react";
import type { FormText } from "@/components/forms/form-parts";

const TextContext = createContext<FormText>({});

export function FormTextProvider({ text, children }: { text: FormText; children: ReactNode }) {
  return <TextContext value={text}>{children}</TextContext>;
}

export function useFormText(): FormText {
  return useContext(TextContext);
}
