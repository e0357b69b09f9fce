import { Card } from "@/components/ui/card";
import type { HttpMethod, OpenApiOperation } from "@/lib/api/openapi";
import { MethodBadge } from "./method-badge";

type Listed = { path: string; method: HttpMethod; operation: OpenApiOperation };

/** Every endpoint by group, each a link to its description below. */
export function EndpointIndex({ operations }: { operations: Listed[] }) {
  const groups = [...new Set(operations.map(({ operation }) => operation.tags[0]))];
  return (
    <Card title="Endpoints">
      <div className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
        {groups.map((group) => (
          <EndpointGroup key={group} name={group} operations={operations.filter(({ operation }) => operation.tags[0] === group)} />
        ))}
      </div>
    </Card>
  );
}

function EndpointGroup({ name, operations }: { name: string; operations: Listed[] }) {
  // Methods are worth showing only where they differ: a group of reads is all GET.
  const showsMethods = operations.some(({ method }) => method !== "get");
  return (
    <section aria-label={name}>
      <h3 className="mb-1 text-sm font-semibold text-slate-900">{name}</h3>
      <ul className="space-y-1 text-sm">
        {operations.map(({ path, method, operation }) => (
          <li key={operation.operationId} className="flex items-baseline gap-2">
            {showsMethods && (
              <span className="w-12 shrink-0">
                <MethodBadge method={method} />
              </span>
            )}
            <a href={`#${operation.operationId}`} className="font-mono text-[0.8125rem] break-all">
              {path}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
