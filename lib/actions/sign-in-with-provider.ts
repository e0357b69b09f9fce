"use server";

import { signIn } from "@/lib/auth";
import { env } from "@/lib/env";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { listOAuthProviders } from "@/lib/auth/providers";

/** The sign-in page's GitHub and ORCID buttons: off to the provider, back to the callback URL. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = listOAuthProviders(env).find(({ id }) => id === formData.get("provider"));
  if (!provider) throw new Error("This sign-in method is not configured.");
  await signIn(provider.id, { redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
}
