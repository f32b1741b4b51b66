// A lint for the Up section of a SQL migration: a new release migrates while
// the old one serves traffic (docs/deploy/README.md, "Migrations must be
// backward compatible"), so a migration may neither rewrite a table, nor hold
// an ACCESS EXCLUSIVE lock for long, nor take away what the old release uses.
// It reads the SQL with regular expressions, statement by statement, after
// blanking comments and string literals: good enough for the DDL we write,
// not a parser (a DO block's or a function's body is not looked into).
//
// A line `-- lint: allow <rule> <reason>` silences that rule for the file.

/** Migrations up to this one were released before the lint: they have run already. */
export const LAST_UNLINTED_MIGRATION = 1734000000000;

const RULES = {
  "alter-column-type":
    "changing a column's type rewrites the table under an ACCESS EXCLUSIVE lock: add a new column instead (expand/contract)",
  "volatile-default":
    "a column whose default is volatile (or serial, identity, stored generated) rewrites the table under an ACCESS EXCLUSIVE lock: add it nullable (or with a constant default) and fill it in batches",
  "set-not-null":
    "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: add CHECK (... IS NOT NULL) NOT VALID, VALIDATE it in a later release, then SET NOT NULL",
  "constraint-not-valid":
    "a new FOREIGN KEY or CHECK constraint scans the whole table while it blocks writes: add it NOT VALID, then VALIDATE CONSTRAINT (in a later migration)",
  "create-index":
    "building an index blocks writes to the table until it is built: on a big table create it CONCURRENTLY by hand before the release (docs/deploy/README.md)",
  concurrently:
    "CREATE INDEX CONCURRENTLY cannot run in the migration's transaction: create it by hand before the release and let the migration say CREATE INDEX IF NOT EXISTS",
  "vacuum-full": "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock (and cannot run in a transaction)",
  cluster: "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock",
  "lock-table": "LOCK TABLE holds its lock until the whole migration run commits",
  rename:
    "a rename breaks the release still running: add the new name, write both, then drop the old one in a later release (expand/contract)",
  "drop-column":
    "dropping a column breaks the release still running if it names it: drop it a release after the code stopped using it",
  "drop-table":
    "dropping a table breaks the release still running if it uses it: drop it a release after the code stopped using it",
} as const;

export type LintRule = keyof typeof RULES;

const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const NAME = String.raw`(?:${IDENT}\s*\.\s*)?${IDENT}`;

/** A table name as PostgreSQL resolves it: without schema, quoted as is, unquoted in lower case. */
function tableKey(name: string): string {
  const last = name.match(new RegExp(`${IDENT}$`))![0];
  return last.startsWith('"') ? last.slice(1, -1).replaceAll('""', '"') : last.toLowerCase();
}

/** The Up section: after "-- Up Migration", before "-- Down Migration" (the whole file without them). */
function upSection(sql: string): string {
  const up = /^\s*--\s*Up Migration\b.*$/im.exec(sql);
  const from = up ? up.index + up[0].length : 0;
  const down = /^\s*--\s*Down Migration\b.*$/im.exec(sql.slice(from));
  return down ? sql.slice(from, from + down.index) : sql.slice(from);
}

/**
 * The statements of a SQL text, whitespace collapsed, with comments removed
 * and the contents of string literals and dollar-quoted bodies blanked (so
 * that neither a keyword in a string nor a semicolon in a body counts).
 */
export function statements(sql: string): string[] {
  const found: string[] = [];
  let current = "";
  let i = 0;
  const push = () => {
    const statement = current.replace(/\s+/g, " ").trim();
    if (statement) found.push(statement);
    current = "";
  };
  while (i < sql.length) {
    const rest = sql.slice(i);
    if (rest.startsWith("--")) {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
      current += " ";
    } else if (rest.startsWith("/*")) {
      let depth = 0;
      do {
        const step = sql.startsWith("/*", i) ? 1 : sql.startsWith("*/", i) ? -1 : 0;
        depth += step;
        i += step ? 2 : 1;
      } while (depth > 0 && i < sql.length);
      current += " ";
    } else if (sql[i] === "'") {
      i++;
      while (i < sql.length && !(sql[i] === "'" && sql[i + 1] !== "'")) i += sql[i] === "'" ? 2 : 1;
      i++;
      current += "''";
    } else if (sql[i] === '"') {
      const end = /^"(?:[^"]|"")*"/.exec(rest);
      const quoted = end ? end[0] : rest;
      current += quoted;
      i += quoted.length;
    } else if (/^\$(?:[A-Za-z_]\w*)?\$/.test(rest) && !/[\w$]/.test(sql[i - 1] ?? "")) {
      const tag = /^\$(?:[A-Za-z_]\w*)?\$/.exec(rest)![0];
      const end = sql.indexOf(tag, i + tag.length);
      i = end === -1 ? sql.length : end + tag.length;
      current += "$$ $$";
    } else if (sql[i] === ";") {
      push();
      i++;
    } else {
      current += sql[i];
      i++;
    }
  }
  push();
  return found;
}

/** The comma-separated actions of an ALTER TABLE, split outside parentheses. */
function actions(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (text[i] === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

const VOLATILE_DEFAULT =
  /\bDEFAULT\b.*\b(?:gen_random_uuid|uuid_generate_v\w+|random|clock_timestamp|timeofday|nextval)\s*\(/i;
const REWRITING_COLUMN =
  /\b(?:small|big)?serial\d?\b|\bGENERATED\s+(?:ALWAYS|BY\s+DEFAULT)\s+AS\s+IDENTITY\b|\bGENERATED\s+ALWAYS\s+AS\s*\(.*\)\s*STORED\b/i;

/** The rules an ALTER TABLE action on an existing table breaks. */
function alterTableAction(action: string): LintRule[] {
  const column = String.raw`(?:COLUMN\s+)?${IDENT}`;
  if (new RegExp(String.raw`^ALTER\s+${column}\s+(?:SET\s+DATA\s+)?TYPE\b`, "i").test(action))
    return ["alter-column-type"];
  if (new RegExp(String.raw`^ALTER\s+${column}\s+SET\s+NOT\s+NULL\b`, "i").test(action)) return ["set-not-null"];
  const constraint = new RegExp(
    String.raw`^ADD\s+(?:CONSTRAINT\s+${IDENT}\s+)?(FOREIGN\s+KEY|CHECK|UNIQUE|PRIMARY\s+KEY|EXCLUDE)\b`,
    "i",
  ).exec(action);
  if (constraint) {
    if (/^(?:FOREIGN|CHECK)/i.test(constraint[1]!))
      return /\bNOT\s+VALID\b/i.test(action) ? [] : ["constraint-not-valid"];
    return /\bUSING\s+INDEX\b/i.test(action) ? [] : ["create-index"];
  }
  if (/^ADD\b/i.test(action))
    return VOLATILE_DEFAULT.test(action) || REWRITING_COLUMN.test(action) ? ["volatile-default"] : [];
  if (/^DROP\s+(?!CONSTRAINT\b)/i.test(action)) return ["drop-column"];
  if (/^RENAME\s+(?!CONSTRAINT\b)/i.test(action)) return ["rename"];
  return [];
}

/** The rules a statement breaks, given the tables created earlier in the same file. */
function statementRules(statement: string, newTables: Set<string>): LintRule[] {
  const isNew = (name: string) => newTables.has(tableKey(name));

  const alter = new RegExp(
    String.raw`^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(${NAME})\s*\*?\s+(.*)$`,
    "i",
  ).exec(statement);
  if (alter) return isNew(alter[1]!) ? [] : actions(alter[2]!).flatMap(alterTableAction);

  const index = new RegExp(
    String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:(?!ON\s)${NAME}\s+)?ON\s+(?:ONLY\s+)?(${NAME})`,
    "i",
  ).exec(statement);
  if (index) {
    if (index[1]) return ["concurrently"];
    return isNew(index[2]!) ? [] : ["create-index"];
  }

  const drop = new RegExp(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(${NAME}(?:\s*,\s*${NAME})*)`, "i").exec(
    statement,
  );
  if (drop) {
    const names = drop[1]!.match(new RegExp(NAME, "g"))!;
    return names.every(isNew) ? [] : ["drop-table"];
  }

  if (/^VACUUM\b/i.test(statement) && /\bFULL\b/i.test(statement)) return ["vacuum-full"];
  if (/^CLUSTER\b/i.test(statement)) return ["cluster"];
  if (/^LOCK\b/i.test(statement)) return ["lock-table"];
  if (new RegExp(String.raw`^ALTER\s+TYPE\s+${NAME}\s+RENAME\b`, "i").test(statement)) return ["rename"];
  return [];
}

/** The `-- lint: allow <rule> <reason>` lines of a file, and problems with them. */
function allowances(sql: string): { allowed: Set<string>; problems: string[] } {
  const allowed = new Set<string>();
  const problems: string[] = [];
  for (const [line, rule, reason] of sql.matchAll(/^\s*--\s*lint:\s*allow\b[ \t]*(\S*)[ \t]*(.*)$/gim)) {
    if (!Object.hasOwn(RULES, rule!))
      problems.push(`"${line.trim()}" names no rule; the rules are ${Object.keys(RULES).join(", ")}.`);
    else if (!reason!.trim()) problems.push(`"${line.trim()}" gives no reason; say why it is safe here.`);
    else allowed.add(rule!);
  }
  return { allowed, problems };
}

function abbreviate(statement: string): string {
  return statement.length > 100 ? `${statement.slice(0, 97)}...` : statement;
}

/**
 * Problems with a migration's Up section, as sentences naming the file; empty
 * when it is fine, or released before the lint (LAST_UNLINTED_MIGRATION).
 */
export function lintMigration(name: string, sql: string): string[] {
  const timestamp = /^(\d+)_/.exec(name);
  if (!timestamp) return [`${name}: the file name does not start with a timestamp and "_".`];
  if (Number(timestamp[1]) <= LAST_UNLINTED_MIGRATION) return [];

  const { allowed, problems } = allowances(sql);
  const found = problems.map((p) => `${name}: ${p}`);
  const newTables = new Set<string>();
  for (const statement of statements(upSection(sql))) {
    const created = new RegExp(
      String.raw`^CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP\s+|TEMPORARY\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${NAME})`,
      "i",
    ).exec(statement);
    if (created) newTables.add(tableKey(created[1]!));
    for (const rule of new Set(statementRules(statement, newTables))) {
      if (allowed.has(rule)) continue;
      found.push(
        `${name}: ${abbreviate(statement)}: ${RULES[rule]}. If it is safe here, say why in a line "-- lint: allow ${rule} <reason>".`,
      );
    }
  }
  return found;
}
