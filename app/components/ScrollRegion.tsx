import type { ReactNode } from "react";

/**
 * A table wider than a phone scrolls sideways in its own box. The box is a region named by the
 * table's caption or heading (`labelledBy`), and takes the keyboard focus so that it scrolls with
 * the arrow keys too (WCAG 2.1.1; axe: scrollable-region-focusable). DataTable does the same.
 */
export function ScrollRegion({ labelledBy, className = "table-scroll", children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable from the keyboard
    <div className={className} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
