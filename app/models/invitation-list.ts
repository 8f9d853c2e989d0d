import { languages, type Lang } from "~/utils/i18n";

export type InvitationLine = { email: string; name: string | null; lang: Lang };
export type InvitationListOutcome = { ok: true; rows: InvitationLine[] } | { ok: false; line: number };

const EMAIL = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>]+$/;
export const MAX_INVITATIONS = 500;

/** One CSV line's cells: commas or semicolons (as spreadsheets in many locales write), quotes respected. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === ";") {
      out.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/**
 * A pasted or uploaded list of invitees: one per line, "email, name, language" (name and language
 * optional; the language defaults to the one given). A header line is skipped, blank lines ignored,
 * a repeated address kept once. The first bad line is named so staff can correct it; nothing is sent.
 */
export function parseInvitationList(text: string, defaultLang: Lang): InvitationListOutcome {
  const rows: InvitationLine[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  for (const [i, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const [email = "", name = "", lang = ""] = cells(raw);
    if (i === 0 && /^e-?mail$/i.test(email)) continue;
    const code = lang.toLowerCase();
    if (!EMAIL.test(email) || email.length > 254 || name.length > 200 || (code && !languages.includes(code as Lang))) return { ok: false, line: i + 1 };
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    rows.push({ email, name: name || null, lang: (code || defaultLang) as Lang });
  }
  return rows.length > MAX_INVITATIONS ? { ok: false, line: MAX_INVITATIONS + 1 } : { ok: true, rows };
}
