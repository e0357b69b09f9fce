import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-link";
import { SignOutButton } from "@/components/sign-out-button";
import { currentUser } from "@/lib/auth";
import { AuthPanel } from "../_components/auth-panel";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default async function SignOutPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <AuthPanel title="You are signed out">
        <p className="text-center text-slate-600">
          <Link href="/">Back to the catalogue</Link> or <Link href="/signin">sign in again</Link>.
        </p>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel title="Sign out" subtitle={<>You are signed in as {user.name ?? user.email}. Signing out ends your sessions on every device.</>}>
      <SignOutButton className={`${buttonClass.primary} w-full py-2`} />
    </AuthPanel>
  );
}
