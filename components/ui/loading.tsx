/** Shown while a slow page loads; announced politely to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-8 text-gray-800">
      <span
        aria-hidden="true"
        className="h-5 w-5 animate-spin rounded-full border-2 border-brand-800 border-t-transparent"
      />
      <span>{label}</span>
    </div>
  );
}
