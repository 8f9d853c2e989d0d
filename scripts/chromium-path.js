// Which of Debian's Chromium builds the browser tests launch. The headless shell (Debian's
// chromium-headless-shell, the same source as chromium) draws pages without the desktop browser
// around them: the suite ran about a third faster with it on CI's two cores. CHROMIUM_PATH overrides.
import fs from "node:fs";

export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const FULL_CHROMIUM = "/usr/bin/chromium";

/** The browser to launch, or undefined when none is installed. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return [HEADLESS_SHELL, FULL_CHROMIUM].find((p) => fs.existsSync(p));
}
