import type { Translate } from "@/lib/i18n/translate";
import type { DecisionView } from "@/lib/meetings/data";

/** `showItemRef` links each decision back to its agenda item (for the summary). */
export function DecisionList({
  decisions,
  showItemRef = false,
  t,
}: {
  decisions: DecisionView[];
  showItemRef?: boolean;
  t: Translate;
}) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {decisions.map((decision) => (
        <li key={decision.id}>
          {decision.text}
          {showItemRef && decision.itemPosition !== null ? (
            <>
              {" "}
              <span className="text-gray-700">
                (
                <a href={`#kohta-${decision.itemPosition}`}>
                  {t("meetings.itemRef", { position: decision.itemPosition })}
                </a>
                )
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
