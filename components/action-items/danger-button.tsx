/** The button that carries out a destructive step, after its confirmation. */
export function DangerButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex min-h-11 items-center justify-center rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:bg-gray-500"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
