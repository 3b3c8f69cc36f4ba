// Bringing a list row (and the detail opened under it) into view inside a scrolling panel.

/** Room left above a revealed row, so the row before it shows there is more. */
const HEADROOM = 24;

/**
 * Scrolls `panel` so `row` shows, with the element after it (its detail) when `withDetail` is set;
 * scrolls nothing when that is already in view. Only the panel moves: the page stays where it is.
 */
export function revealInPanel(panel: HTMLElement, row: HTMLElement, withDetail: boolean): void {
  const box = panel.getBoundingClientRect();
  const top = row.getBoundingClientRect().top - box.top + panel.scrollTop;
  const end = (row.nextElementSibling ?? row).getBoundingClientRect().bottom - box.top + panel.scrollTop;
  const seen = panel.scrollTop + panel.clientHeight;
  const rowHidden = top < panel.scrollTop || top + HEADROOM > seen;
  if (rowHidden || (withDetail && end > seen)) panel.scrollTop = Math.max(0, top - HEADROOM);
}
