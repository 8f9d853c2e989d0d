/**
 * Whether an error Remix reports to `handleError` is worth a line in the server's log. A 4xx that
 * Remix answers by itself (a form posted to a page that takes none, a method no route answers) and
 * its warning about a `?_data` request in a single-fetch app come from what a visitor sent, not
 * from a fault: each wrote a stack trace, and anyone could repeat them to fill the log's disk.
 */
export function worthLogging(error: unknown): boolean {
  if (typeof error === "object" && error !== null && "internal" in error && "status" in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === "number" && status >= 400 && status < 500) return false;
  }
  if (error instanceof Error && error.message.startsWith("Warning: Single fetch-enabled apps should not be making ?_data requests")) return false;
  return true;
}
