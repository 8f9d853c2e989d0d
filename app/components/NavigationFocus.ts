import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * Once the scripts run, following a link (or a form answered by another page) draws the new page
 * in place: focus stays on the link that was followed, or falls back to the body, and a screen
 * reader says nothing of the new page. After each move to another address, the new page's main
 * heading takes the focus instead, so it is read out and Tab goes on from there (WCAG 2.4.3, as a
 * full page load starts from the top). A page that has put the focus in its content itself (an
 * error summary or a preview, focused by its own effect, which runs first) keeps it; so does a
 * move within the page (a #fragment, a filter sent by GET to the same address).
 */
export function useNavigationFocus() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById("main");
    if (!main) return;
    const active = document.activeElement;
    const placedByPage =
      active instanceof HTMLElement && active !== main && main.contains(active) && (active.tabIndex === -1 || active.matches("input, select, textarea"));
    if (placedByPage) return;
    const heading = main.querySelector<HTMLElement>("h1");
    const target = heading ?? main;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [pathname]);
}
