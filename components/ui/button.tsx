import type { ButtonHTMLAttributes } from "react";

const styles = {
  primary: "bg-brand-800 text-white hover:bg-brand-900 disabled:bg-gray-500",
  secondary: "border border-brand-800 bg-white text-brand-800 hover:bg-brand-50",
} as const;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles }) {
  return (
    <button
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold ${styles[variant]} ${className}`}
    />
  );
}
