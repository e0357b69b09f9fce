import type { Metadata } from "next";
import Link from "next/link";
import { AuthPanel } from "../_components/auth-panel";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return (
    <AuthPanel
      title="Choose a new password"
      subtitle="Every device signed in to your account is signed out."
      footer={
        <>
          Link expired? <Link href="/forgot-password">Ask for a new one</Link>
        </>
      }
    >
      <ResetPasswordForm token={typeof token === "string" ? token : ""} />
    </AuthPanel>
  );
}
