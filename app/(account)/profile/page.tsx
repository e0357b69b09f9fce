import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrSignIn } from "@/lib/auth";
import { getProfile } from "@/lib/data/users";
import { AccountDetails } from "./_components/account-details";
import { ApiTokensSection } from "./_components/api-tokens-section";
import { ChangePasswordForm } from "./_components/change-password-form";
import { ProfileForm } from "./_components/profile-form";
import { WatchesSection } from "./_components/watches-section";

export const metadata: Metadata = { title: "Your profile", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const { notice } = await searchParams;
  const user = await requireUserOrSignIn("/profile");
  const profile = await getProfile(user.id);
  if (!profile) notFound();

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Your profile" subtitle={profile.name ?? profile.email} />
      <div className="space-y-6">
        <Card title="Account">
          <AccountDetails account={profile} />
        </Card>
        <Card title="Public profile">
          <ProfileForm name={profile.name ?? ""} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm changed={notice === "password-changed"} />
        </Card>
        <ApiTokensSection userId={user.id} />
        <WatchesSection userId={user.id} />
      </div>
    </div>
  );
}
