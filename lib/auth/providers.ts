import GitHub from "next-auth/providers/github";
import type { OIDCConfig, Provider } from "next-auth/providers";
import type { Env } from "@/lib/env";

type OAuthEnv = Partial<Pick<Env, "AUTH_GITHUB_ID" | "AUTH_GITHUB_SECRET" | "AUTH_ORCID_ID" | "AUTH_ORCID_SECRET">>;

/** What the sign-in page needs to show a button. */
export type OAuthProviderInfo = { id: "github" | "orcid"; name: string };

type OrcidProfile = { sub: string; name?: string; given_name?: string; family_name?: string };

/** ORCID shares no email address; the schema needs one, so an ORCID iD gets a reserved, undeliverable one. */
export const ORCID_EMAIL_DOMAIN = "orcid.invalid";

/** ORCID by its OpenID Connect documentation: issuer https://orcid.org, scope openid, secret in the POST body. */
function orcid(clientId: string, clientSecret: string): OIDCConfig<OrcidProfile> {
  return {
    id: "orcid",
    name: "ORCID",
    type: "oidc",
    issuer: "https://orcid.org",
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid" } },
    client: { token_endpoint_auth_method: "client_secret_post" },
    profile(profile) {
      const fullName = [profile.given_name, profile.family_name].filter(Boolean).join(" ");
      return {
        id: profile.sub,
        name: profile.name || fullName || profile.sub,
        email: `${profile.sub}@${ORCID_EMAIL_DOMAIN}`,
        image: null,
      };
    },
  };
}

const OAUTH_PROVIDERS = [
  {
    info: { id: "github", name: "GitHub" },
    credentials: (env: OAuthEnv) => [env.AUTH_GITHUB_ID, env.AUTH_GITHUB_SECRET] as const,
    create: (clientId: string, clientSecret: string) => GitHub({ clientId, clientSecret }),
  },
  {
    info: { id: "orcid", name: "ORCID" },
    credentials: (env: OAuthEnv) => [env.AUTH_ORCID_ID, env.AUTH_ORCID_SECRET] as const,
    create: orcid,
  },
] as const satisfies { info: OAuthProviderInfo; credentials: unknown; create: unknown }[];

function configured(env: OAuthEnv) {
  return OAUTH_PROVIDERS.flatMap((provider) => {
    const [clientId, clientSecret] = provider.credentials(env);
    return clientId && clientSecret ? [{ ...provider, clientId, clientSecret }] : [];
  });
}

/** The OAuth sign-ins whose client id and secret are both set, for the sign-in page. */
export function listOAuthProviders(env: OAuthEnv): OAuthProviderInfo[] {
  return configured(env).map((provider) => provider.info);
}

/** The same providers, configured for Auth.js. */
export function createOAuthProviders(env: OAuthEnv): Provider[] {
  return configured(env).map((provider) => provider.create(provider.clientId, provider.clientSecret));
}
