import type { ReactNode } from "react";

const tones = {
  info: "border-brand-700 bg-brand-50 text-brand-900",
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
} as const;

/** role=status for news, role=alert for errors, so screen readers announce them. */
export function Alert({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-l-4 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}
