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
      subtitle="Setting it signs your account out on every device."
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
