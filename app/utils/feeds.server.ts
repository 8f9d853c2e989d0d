/**
 * Characters XML 1.0 forbids anywhere in a document (C0 controls other than tab and line breaks,
 * U+FFFE/U+FFFF and unpaired surrogates): one of them in a title makes the whole feed invalid.
 */
const xmlAllows = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
// Iterating by code point pairs surrogates; one left alone comes out as its own (forbidden) unit.
const stripXmlForbidden = (s: string) => [...s].filter((ch) => xmlAllows(ch.codePointAt(0)!)).join("");

export function xmlEscape(s: string) {
  return stripXmlForbidden(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function textResponse(body: string, contentType: string, extra: Record<string, string> = {}) {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300", ...extra },
  });
}
