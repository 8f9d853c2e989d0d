/**
 * Secretariat accounts from the command line:
 *   npm run staff -- add --email E --name N --role admin|editor|reviewer
 * The password comes from STAFF_PASSWORD, or is asked for on a terminal. An existing address gets the
 * new name, role and password and is enabled; its sessions and links end (README "Secretariat accounts").
 */
import { parseArgs } from "node:util";
import readline from "node:readline";
import { createStaffUser, listStaff, staffRoles, type StaffRole } from "../app/models/staff.server";
import { closeDatabase } from "../app/utils/db.server";
import { MIN_PASSWORD_LENGTH } from "../app/utils/password.server";

async function askHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  output._writeToOutput = (s: string) => {
    if (s.startsWith(question)) process.stdout.write(s);
  };
  return new Promise((resolve) => rl.question(question, (answer) => (rl.close(), process.stdout.write("\n"), resolve(answer))));
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "list") {
    for (const u of listStaff()) console.log(`${u.email}\t${u.role}\t${u.name}`);
    return;
  }
  if (command !== "add") {
    console.error("Usage: npm run staff -- add --email E --name N --role admin|editor|reviewer\n       npm run staff -- list");
    process.exitCode = 2;
    return;
  }
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  if (!values.email || !values.name || !values.role || !staffRoles.includes(values.role as StaffRole)) {
    console.error(`--email, --name and --role (${staffRoles.join(", ")}) are required.`);
    process.exitCode = 2;
    return;
  }
  let password = process.env.STAFF_PASSWORD;
  if (!password && process.stdin.isTTY) password = await askHidden("Password: ");
  if (!password || password.length < MIN_PASSWORD_LENGTH) {
    console.error(`Set STAFF_PASSWORD (or type it) with at least ${MIN_PASSWORD_LENGTH} characters.`);
    process.exitCode = 2;
    return;
  }
  const result = await createStaffUser({ email: values.email, name: values.name, role: values.role as StaffRole, password });
  console.log(`${result.created ? "Created" : "Updated"} ${values.role} account for ${values.email}.`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDatabase);
