import { Card } from "@/components/ui/card";

/** The place of personal API tokens (ApiToken): their list, creation and revocation will live here. */
export function ApiTokensSection() {
  return (
    <Card title="API tokens">
      <p className="text-sm text-slate-600">
        Tokens let your scripts submit results through the API on your behalf. Creating them is not available yet.
      </p>
    </Card>
  );
}
