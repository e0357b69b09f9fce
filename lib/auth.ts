import { cache } from "react";
import { redirect } from "next/navigation";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOAuthProviders } from "@/lib/auth/providers";
import { actingUserOverride } from "@/lib/auth/acting-user";
import { authSecret } from "@/lib/auth/secret";
import type { SessionUser } from "@/lib/auth/session-user";
import { endSessions, refreshSessionToken } from "@/lib/auth/session-token";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { SignInSchema } from "@/lib/validations/auth";
import { signInPath } from "@/lib/auth/callback-url";
import { clientAddressOf } from "@/lib/client-address";
import { limitAccountWrites } from "@/lib/write-limit";

declare module "next-auth" {
  interface Session {
    user: SessionUser & DefaultSession["user"];
  }
}

export type { SessionUser };
export { runAsUser } from "@/lib/auth/acting-user";

/** Thrown by `authorize` when the email or address has failed too often; the action reads the wait. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

const nextAuth = NextAuth({
  adapter: PrismaAdapter(prisma),
  secret: authSecret(env),
  // Credentials sign-in works only with JWT sessions; the jwt callback keeps them honest.
  session: { strategy: "jwt" },
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    // A wrong password is the form's business, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const check = await verifyCredentials({ ...parsed.data, clientAddress: clientAddressOf(request) });
        if (check.ok) return check.user;
        if (check.reason === "rate_limited") throw new SignInRateLimited(check.retryAfterSeconds);
        return null;
      },
    }),
    ...createOAuthProviders(env),
  ],
  events: {
    // Signing out ends the session everywhere: a copy of this cookie elsewhere stops working too.
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : undefined;
      if (userId) await endSessions(userId);
    },
  },
  callbacks: {
    jwt: ({ token, user }) => refreshSessionToken(token, user?.id),
    session({ session, token }) {
      session.user.id = token.sub as string;
      session.user.role = token.role as Role;
      return session;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;

/** The session of this request, read once per render however many components ask. */
export const auth = cache(() => nextAuth.auth());

/** The signed-in user (or the one runAsUser names), or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const override = actingUserOverride();
  if (override) return override.user;
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, name, email, role } = session.user;
  return { id, name: name ?? null, email, role };
}

/**
 * For an action that writes: the signed-in user (or null, whom the domain refuses), their write
 * counted against the account's one write limit; past it, refused with RATE_LIMITED.
 */
export async function currentWriter(): Promise<SessionUser | null> {
  const user = await currentUser();
  if (user) await limitAccountWrites(user.id);
  return user;
}

/** The signed-in user; anonymous callers are refused with UNAUTHENTICATED. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/** For an action that writes as the signed-in user: requireUser, the write counted as in currentWriter. */
export async function requireWriter(): Promise<SessionUser> {
  const user = await requireUser();
  await limitAccountWrites(user.id);
  return user;
}

/** The signed-in user when they hold one of `roles`; others are refused with FORBIDDEN. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "You do not have permission to do this.");
  return user;
}

/** For pages: the signed-in user, or a redirect to /signin that comes back to `returnTo`. */
export async function requireUserOrSignIn(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}
