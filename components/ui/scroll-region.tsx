import type { ReactNode } from "react";

/**
 * Where a wide table scrolls sideways on a narrow screen, so that the page
 * itself does not (WCAG 1.4.10 Reflow, checked at 320 px by the e2e scans).
 * A named region in the tab order, so that a keyboard user can scroll it
 * (WCAG 2.1.1). `relative` keeps absolutely positioned descendants, such as
 * `sr-only` texts, inside it: otherwise they widen the page.
 */
export function ScrollRegion({
  children,
  ...name
}: { children: ReactNode } & ({ label: string } | { labelledBy: string })) {
  return (
    <div
      role="region"
      {...("label" in name ? { "aria-label": name.label } : { "aria-labelledby": name.labelledBy })}
      tabIndex={0}
      className="relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      {children}
    </div>
  );
}
