/**
 * The key that decides "same mailbox": case folded, "+tag" dropped, and for Gmail the dots too
 * (jane.doe+gda@gmail.com and JaneDoe@googlemail.com are one mailbox).
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
  return `${name}@${host}`;
}
