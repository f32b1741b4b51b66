"use client";
// On an audience's cached action items page (ADR 23) the page cannot know
// whose items are the reader's own: this island asks /api/me and the policy,
// and shows the "mark done" form only to those who may use it.
import type { ReactNode } from "react";
import { useMe } from "@/components/shell/use-me";
import { canCloseActionItem, type OwnerRef } from "@/lib/action-items/rules";

export function CloseWhenAllowed({ owner, children }: { owner: OwnerRef; children: ReactNode }) {
  const me = useMe();
  if (!me || !canCloseActionItem(me, owner)) return null;
  return children;
}
