import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { safeCallbackUrl, signInPath } from "@/lib/auth/callback-url";
import { listOAuthProviders } from "@/lib/auth/providers";
import { env } from "@/lib/env";
import { AuthPanel } from "../_components/auth-panel";
import { OAuthButtons } from "../_components/oauth-buttons";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);

  return (
    <AuthPanel
      title="Create an account"
      subtitle="Anyone can browse; an account lets you submit results for review."
      footer={
        <>
          Already have an account? <Link href={signInPath(callbackUrl)}>Sign in</Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={listOAuthProviders(env)} callbackUrl={callbackUrl} />
    </AuthPanel>
  );
}
