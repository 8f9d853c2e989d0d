// The HTTP answers a loader or action throws to stop at once. Remix renders the nearest
// ErrorBoundary (components/ErrorPage.tsx) with the status; the body is for logs and curl.

export const notFound = () => new Response("Not Found", { status: 404 });
export const forbidden = () => new Response("Forbidden", { status: 403 });
export const conflict = () => new Response("Conflict", { status: 409 });
export const methodNotAllowed = () => new Response("Method Not Allowed", { status: 405 });
