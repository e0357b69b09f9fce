import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OAuthButtons } from "@/app/(account)/_components/oauth-buttons";
import { createOAuthProviders, listOAuthProviders } from "./providers";

const GITHUB = { AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "gh-secret" };
const ORCID = { AUTH_ORCID_ID: "APP-123", AUTH_ORCID_SECRET: "orcid-secret" };

function signInButtons(env: Parameters<typeof listOAuthProviders>[0]): string {
  return renderToStaticMarkup(createElement(OAuthButtons, { providers: listOAuthProviders(env), callbackUrl: "/submit" }));
}

describe("OAuth sign-in follows the environment", () => {
  it("offers none when no id and secret are set", () => {
    expect(listOAuthProviders({})).toEqual([]);
    expect(createOAuthProviders({})).toEqual([]);
    expect(signInButtons({})).toBe("");
  });

  it("needs both the id and the secret", () => {
    expect(listOAuthProviders({ AUTH_GITHUB_ID: "gh-id", AUTH_ORCID_SECRET: "orcid-secret" })).toEqual([]);
  });

  it("offers GitHub alone", () => {
    expect(listOAuthProviders(GITHUB)).toEqual([{ id: "github", name: "GitHub" }]);
    const html = signInButtons(GITHUB);
    expect(html).toContain("Continue with GitHub");
    expect(html).not.toContain("ORCID");
  });

  it("offers ORCID alone, as an OpenID Connect provider on orcid.org", () => {
    expect(listOAuthProviders(ORCID)).toEqual([{ id: "orcid", name: "ORCID" }]);
    expect(createOAuthProviders(ORCID)).toEqual([
      expect.objectContaining({
        id: "orcid",
        type: "oidc",
        issuer: "https://orcid.org",
        clientId: "APP-123",
        authorization: { params: { scope: "openid" } },
      }),
    ]);
    const html = signInButtons(ORCID);
    expect(html).toContain("Continue with ORCID");
    expect(html).not.toContain("GitHub");
  });

  it("offers both, and carries the callback URL", () => {
    const html = signInButtons({ ...GITHUB, ...ORCID });
    expect(html).toContain("Continue with GitHub");
    expect(html).toContain("Continue with ORCID");
    expect(html).toContain('value="/submit"');
  });

  it("gives an ORCID account its iD as name when the profile has none, and a reserved email", () => {
    const [orcid] = createOAuthProviders(ORCID);
    const profile = (orcid as unknown as { profile: (p: object) => { name: string; email: string } }).profile({ sub: "0000-0002-1825-0097" });
    expect(profile).toMatchObject({ name: "0000-0002-1825-0097", email: "0000-0002-1825-0097@orcid.invalid" });
  });
});
