import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Only the data layer talks to the database (STYLE.md habit 5).
const prismaMessage =
  "Only lib/**/data.ts, lib/**/mutations.ts and lib/db may use the Prisma client. Import enums from @/lib/db/enums.";
const prismaImports = {
  paths: ["@/lib/db", "@/lib/db/client", "@prisma/client", "@prisma/adapter-pg"].map((name) => ({
    name,
    message: prismaMessage,
  })),
  patterns: [{ group: ["@/lib/db/generated/*", "@prisma/client/*", "**/db/generated/*"], message: prismaMessage }],
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", prismaImports],
    },
  },
  {
    // lib/env.ts is the only reader of the environment inside the app.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through lib/env.ts (validated by zod)." },
      ],
    },
  },
  {
    // The data layer (with the Kirkanta import's writer), the database module itself, and what runs outside the app.
    files: [
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/libraries/kirkanta-apply.ts",
      "lib/db/**",
      "scripts/**",
      "prisma/**",
      "tests/**",
      "bench/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // A page GET never writes (STYLE.md): pages and layouts read through loaders; writes are server actions.
    files: ["app/**/page.tsx", "app/**/layout.tsx", "app/**/not-found.tsx", "app/**/loading.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: prismaImports.paths,
          patterns: [
            ...prismaImports.patterns,
            {
              group: ["@/lib/**/mutations", "**/mutations"],
              message: "A page GET never writes: call mutations from a server action or a route handler.",
            },
          ],
        },
      ],
    },
  },
  {
    // Catalogue files export { fi, en } by design.
    files: ["lib/i18n/messages/**"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
