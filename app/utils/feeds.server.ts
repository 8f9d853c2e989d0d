/**
 * Characters XML 1.0 forbids anywhere in a document (C0 controls other than tab and line breaks,
 * U+FFFE/U+FFFF and unpaired surrogates): one of them in a title makes the whole feed invalid.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string) {
  return s
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function textResponse(body: string, contentType: string, extra: Record<string, string> = {}) {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300", ...extra },
  });
}
