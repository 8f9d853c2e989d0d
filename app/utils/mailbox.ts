/** Domains that deliver to one Proton Mail account, whose names ignore dots, hyphens and underscores. */
const PROTON = new Set(["proton.me", "protonmail.com", "protonmail.ch", "pm.me"]);

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
