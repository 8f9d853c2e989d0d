/** Domains that deliver to one Proton Mail account, whose names ignore dots, hyphens and underscores. */
const PROTON = new Set(["proton.me", "protonmail.com", "protonmail.ch", "pm.me"]);
const GMAIL = new Set(["gmail.com", "googlemail.com"]);

/**
 * The key that decides "same mailbox": case folded, "+tag" dropped, and where the provider reads
 * several spellings as one inbox, those folded too: Gmail's dots (jane.doe+gda@gmail.com and
 * JaneDoe@googlemail.com are one mailbox), and Proton's dots, hyphens and underscores across its
 * four domains (jane_doe@pm.me is janedoe@proton.me).
 */
export function mailboxKey(email: string): string {
  const [local = "", domain = ""] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/);
  let name = local.split("+")[0] ?? "";
  let host = domain;
  if (host === "googlemail.com") host = "gmail.com";
  if (host === "gmail.com") name = name.replace(/\./g, "");
  if (PROTON.has(host)) {
    host = "proton.me";
    name = name.replace(/[._-]/g, "");
  }
  return `${name}@${host}`;
}

/**
 * Every domain an address of this mailbox may be written with (gmail.com and googlemail.com; the
 * four of Proton): where a search narrows by domain first, it must look in all of them.
 */
export function mailboxDomains(email: string): string[] {
  const host = mailboxKey(email).split("@").pop()!;
  if (GMAIL.has(host)) return [...GMAIL];
  if (PROTON.has(host)) return [...PROTON];
  return [host];
}
