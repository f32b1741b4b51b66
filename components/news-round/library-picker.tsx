import { Button } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryOption } from "@/lib/news-round/data";

/** The coordinator chooses whose entry to write: a plain GET form, so it works without JavaScript. */
export function NewsRoundLibraryPicker({
  meetingId,
  libraries,
  selectedSlug,
  t,
}: {
  meetingId: string;
  libraries: LibraryOption[];
  selectedSlug: string | null;
  t: Translate;
}) {
  return (
    <form method="get" action={`/kokoukset/${meetingId}/kuulumiset`} className="flex flex-wrap items-end gap-3">
      {/* A flex item is as wide as its select's longest option unless held to the form's width (WCAG 1.4.10). */}
      <div className="max-w-full">
        <label htmlFor="kirjasto" className="block font-semibold">
          {t("newsRound.picker.label")}
        </label>
        <select
          id="kirjasto"
          name="kirjasto"
          defaultValue={selectedSlug ?? undefined}
          className="mt-1 min-h-11 max-w-full rounded border border-gray-600 bg-white px-3 py-2"
        >
          {libraries.map((library) => (
            <option key={library.id} value={library.slug}>
              {library.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("newsRound.picker.open")}
      </Button>
    </form>
  );
}
