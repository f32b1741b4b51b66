// One input of a poll option (its date, start or end), labelled, with its
// error tied to it. Used by the client forms; form-parts has no time input.
export function OptionField({
  id,
  name,
  type,
  label,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  type: "date" | "time";
  label: string;
  defaultValue: string;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete="off"
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full rounded border border-gray-600 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
