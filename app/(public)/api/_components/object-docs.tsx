import { Card } from "@/components/ui/card";
import { fieldsOf, schemaAnchor, typeLabel, type JsonSchema } from "@/lib/api/docs";
import { Prose } from "./code";
import { FieldList } from "./field-list";

/** The objects the endpoints take and answer, field by field: what each is made of here, what is always null. */
export function ObjectDocs({ schemas }: { schemas: Record<string, JsonSchema> }) {
  return (
    <Card title="Objects">
      <div className="space-y-6">
        {Object.entries(schemas).map(([name, schema]) => (
          <section key={name} id={schemaAnchor(name)} aria-label={name} className="scroll-mt-4">
            <h3 className="font-mono text-base font-semibold text-slate-900">{name}</h3>
            {schema.description && (
              <p className="mt-0.5 text-sm text-slate-600">
                <Prose text={schema.description} />
              </p>
            )}
            {schema.anyOf ? (
              <p className="mt-2 text-sm text-slate-700">
                One of{" "}
                {schema.anyOf.map((option, i) => (
                  <span key={i}>
                    {i > 0 && (i === schema.anyOf!.length - 1 ? " or " : ", ")}
                    <FieldType schema={option} />
                  </span>
                ))}
                .
              </p>
            ) : (
              <FieldList
                caption={`Fields of ${name}`}
                heading={["Field", "Type", "Description"]}
                rows={fieldsOf(schema).map((field) => ({
                  key: field.name,
                  name: field.name,
                  note: field.isRequired ? undefined : "optional",
                  type: <FieldType schema={field.schema} />,
                  description: <Prose text={field.schema.description} />,
                }))}
              />
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}

/** A field's type, with a link when it is another object. */
function FieldType({ schema }: { schema: JsonSchema }) {
  const label = typeLabel(schema);
  const ref = schema.$ref ?? schema.items?.$ref ?? schema.anyOf?.find((option) => option.$ref)?.$ref;
  if (!ref) return <>{label}</>;
  return (
    <a href={`#${schemaAnchor(ref.split("/").at(-1)!)}`} className="font-mono text-[0.8125rem]">
      {label}
    </a>
  );
}
