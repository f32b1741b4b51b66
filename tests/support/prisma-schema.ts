// A small reader of prisma/schema.prisma for the drift test: models, their
// scalar fields with type, optionality, list-ness and native type, and enums.
import { readFileSync } from "node:fs";
import path from "node:path";

export type SchemaField = {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  nativeType: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  relationFields: string[];
};
export type SchemaModel = { name: string; fields: SchemaField[] };

const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);

export function readPrismaSchema(file = path.resolve(import.meta.dirname, "../../prisma/schema.prisma")) {
  const text = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  const enums = new Map<string, string[]>();
  for (const m of text.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    enums.set(
      m[1]!,
      m[2]!.split(/\s+/).filter((v) => /^\w+$/.test(v)),
    );
  }
  const modelNames = [...text.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1]!);
  const models: SchemaModel[] = [];
  // A model ends at a line that is only "}" (defaults such as "{}" may contain braces).
  for (const m of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const fields: SchemaField[] = [];
    for (const raw of m[2]!.split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("@@")) continue;
      const fm = /^(\w+)\s+(Unsupported\("[^"]+"\)|\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!fm) continue;
      const [, name = "", type = "", list, optional, attrs = ""] = fm;
      const native = /@db\.(\w+)/.exec(attrs)?.[1] ?? null;
      const kind: SchemaField["kind"] = type.startsWith("Unsupported")
        ? "unsupported"
        : SCALARS.has(type)
          ? "scalar"
          : enums.has(type)
            ? "enum"
            : modelNames.includes(type)
              ? "object"
              : (() => {
                  throw new Error(`unknown type ${type} in ${m[1]}.${name}`);
                })();
      const relationFields =
        /@relation\([^)]*fields:\s*\[([^\]]*)\]/
          .exec(attrs)?.[1]
          ?.split(",")
          .map((s) => s.trim()) ?? [];
      fields.push({ name, type, optional: !!optional, list: !!list, nativeType: native, kind, relationFields });
    }
    models.push({ name: m[1]!, fields });
  }
  return { models, enums };
}

/** The PostgreSQL type a Prisma field must have (information_schema's data_type / udt_name). */
export function expectedColumnType(field: SchemaField): { dataType: string; udtName?: string } {
  if (field.kind === "unsupported") {
    const inner = /Unsupported\("([^"]+)"\)/.exec(field.type)![1]!;
    return { dataType: inner };
  }
  if (field.kind === "enum") {
    return field.list
      ? { dataType: "ARRAY", udtName: `_${field.type}` }
      : { dataType: "USER-DEFINED", udtName: field.type };
  }
  const base: Record<string, string> = {
    String: field.nativeType === "Uuid" ? "uuid" : "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Decimal: "numeric",
    Boolean: "boolean",
    DateTime: field.nativeType === "Date" ? "date" : "timestamp with time zone",
    Json: "jsonb",
    Bytes: "bytea",
  };
  const dataType = base[field.type]!;
  if (field.list) {
    const udt: Record<string, string> = { text: "_text", integer: "_int4", uuid: "_uuid" };
    return { dataType: "ARRAY", udtName: udt[dataType] };
  }
  return { dataType };
}
