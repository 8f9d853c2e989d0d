export function xmlEscape(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function textResponse(body: string, contentType: string, extra: Record<string, string> = {}) {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300", ...extra },
  });
}
