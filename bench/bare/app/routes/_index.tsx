import { redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Bare" }];

/**
 * The burst's yardstick: the least a Remix action does for a form (read it, answer with a
 * redirect), posted the registration form's fields by as many people at once as the portal's burst.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  return redirect(`/?sent=${String(form.get("email") ?? "").length}`);
}

/** One static sentence: the yardstick every portal page is compared with. */
export default function Index() {
  return <p>Digital technologies for climate action.</p>;
}
