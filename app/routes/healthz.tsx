import { sqlite } from "~/utils/db.server";

/** For load balancers and the test runner: the process answers and the database is readable. */
export function loader() {
  sqlite().prepare("select 1").get();
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
