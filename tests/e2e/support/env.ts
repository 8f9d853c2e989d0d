import path from "node:path";

/** Where the test run keeps its own database and mail folder, apart from data/. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
export const E2E_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DIR = path.resolve("tests/.tmp/e2e");
export const E2E_MAIL_DIR = path.join(E2E_DIR, "mail");
export const E2E_DB = path.join(E2E_DIR, "portal.sqlite");
export const STAFF_PASSWORD = "e2e-secretariat-password";
export const staff = {
  admin: { email: "admin@example.org", name: "Ada Admin" },
  editor: { email: "editor@example.org", name: "Eli Editor" },
  reviewer: { email: "reviewer@example.org", name: "Rania Reviewer" },
} as const;
