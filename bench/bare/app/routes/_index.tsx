import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Bare" }];

/** One static sentence: the yardstick every portal page is compared with. */
export default function Index() {
  return <p>Digital technologies for climate action.</p>;
}
