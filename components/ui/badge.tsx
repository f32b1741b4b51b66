import type { ReactNode } from "react";

// Each tone has its own border style and a marker as well as a colour, so the
// badges differ without colour; the text itself always carries the meaning.
const tones = {
  neutral: { className: "border-gray-600 bg-gray-100 text-gray-900", marker: "" },
  info: { className: "border-brand-700 bg-brand-50 text-brand-900", marker: "" },
  success: { className: "border-green-700 bg-green-50 text-green-900", marker: "✓" },
  warning: { className: "border-dashed border-amber-700 bg-amber-50 text-amber-950", marker: "!" },
  danger: { className: "border-dotted border-red-700 bg-red-50 text-red-900", marker: "×" },
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  const { className, marker } = tones[tone];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border-2 px-2 py-0.5 text-sm font-semibold leading-tight ${className}`}
    >
      {marker ? <span aria-hidden="true">{marker}</span> : null}
      {children}
    </span>
  );
}
