import { Card } from "@/components/ui/card";
import type { OpenApiOperation } from "@/lib/api/openapi";

/** Every endpoint by group, each a link to its description below. */
export function EndpointIndex({ operations }: { operations: { path: string; operation: OpenApiOperation }[] }) {
  const groups = [...new Set(operations.map(({ operation }) => operation.tags[0]))];
  return (
    <Card title="Endpoints">
      <div className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3 className="mb-1 text-sm font-semibold text-slate-900">{group}</h3>
            <ul className="space-y-1 text-sm">
              {operations
                .filter(({ operation }) => operation.tags[0] === group)
                .map(({ path, operation }) => (
                  <li key={path}>
                    <a href={`#${operation.operationId}`} className="font-mono text-[0.8125rem] break-all">
                      {path}
                    </a>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}
