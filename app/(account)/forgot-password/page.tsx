import type { Metadata } from "next";
import Link from "next/link";
import { AuthPanel } from "../_components/auth-panel";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthPanel
      title="Forgot your password?"
      subtitle="We mail you a link to choose a new one."
      footer={
        <>
          Remembered it? <Link href="/signin">Sign in</Link>
        </>
      }
    >
      <ForgotPasswordForm />
    </AuthPanel>
  );
}
