import { buttonClass } from "@/components/ui/button-link";
import { signInWithProvider } from "@/lib/actions/sign-in-with-provider";
import type { OAuthProviderInfo } from "@/lib/auth/providers";

/** "Continue with GitHub" / "Continue with ORCID", for the providers that are configured; nothing otherwise. */
export function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProviderInfo[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6">
      <div className="mb-4 flex items-center gap-3 text-xs uppercase tracking-wide text-slate-500">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <div className="space-y-2">
        {providers.map((provider) => (
          <form key={provider.id} action={signInWithProvider}>
            <input type="hidden" name="provider" value={provider.id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className={`${buttonClass.secondary} w-full py-2`}>
              Continue with {provider.name}
            </button>
          </form>
        ))}
      </div>
    </div>
  );
}
