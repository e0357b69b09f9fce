import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { safeCallbackUrl, signUpPath } from "@/lib/auth/callback-url";
import { signInErrorMessage, signInNotice } from "@/lib/auth/messages";
import { listOAuthProviders } from "@/lib/auth/providers";
import { env } from "@/lib/env";
import { AuthPanel } from "../_components/auth-panel";
import { OAuthButtons } from "../_components/oauth-buttons";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const notice = signInNotice(params.notice);

  return (
    <AuthPanel
      title="Sign in"
      subtitle="Submit results and follow their review."
      footer={
        <>
          New to Papers With Code 2? <Link href={signUpPath(callbackUrl)}>Create an account</Link>
        </>
      }
    >
      {notice && (
        <p data-testid="sign-in-notice" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} initialMessage={signInErrorMessage(params.error, params.code)} />
      <OAuthButtons providers={listOAuthProviders(env)} callbackUrl={callbackUrl} />
    </AuthPanel>
  );
}
