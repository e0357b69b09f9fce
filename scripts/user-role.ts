// npm run user:role -- EMAIL ROLE: gives a user a role (USER, MODERATOR or ADMIN) from the command line,
// for example the first admin of a new site. It applies on the user's next request.
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { Role } from "@/lib/generated/prisma/enums";
import { changeUserRole } from "@/lib/users/change-role";

const USAGE = `Usage: npm run user:role -- EMAIL ROLE   (ROLE: ${Object.values(Role).join(", ")})`;

async function main(args: string[]): Promise<number> {
  const [email, roleName] = args;
  const role = Object.values(Role).find((value) => value === roleName?.toUpperCase());
  if (!email || !role || args.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  try {
    const change = await changeUserRole("command-line", { email: email.trim().toLowerCase() }, role);
    console.log(
      change.role === change.previousRole ? `${change.email} already is ${change.role}.` : `${change.email}: ${change.previousRole} → ${change.role}.`,
    );
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.code === "NOT_FOUND" ? `No user has the email ${email}.` : error.message);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

process.exitCode = await main(process.argv.slice(2));
