/**
 * Whether a participation type's name already says how it takes part, as the types an event's
 * format implies do ("Online participation" and "online"): the mode is then not repeated beside it.
 */
export function nameSaysMode(name: string, modeLabel: string): boolean {
  const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase().trim();
  return fold(modeLabel) !== "" && fold(name).includes(fold(modeLabel));
}
