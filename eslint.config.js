// Lint keeps the rules of the house that types cannot: promises are awaited or handled, imports
// form no cycles, the domain knows nothing of grammY or Fastify, and the bot and the API reach the
// database only through domain use cases. Formatting is Prettier's (eslint-config-prettier turns
// off the rules that would fight it).
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

const DB_IN_A_DOOR = {
  // deps.db.ticket.findMany(...), ctx.db.$transaction(...), deps.sql.query(...)
  selector: "MemberExpression[object.type='MemberExpression'][object.property.name=/^(db|sql|prisma)$/]",
  message: "The bot and the API reach the database through a domain use case (src/domain), not directly.",
};

export default tseslint.config(
  { ignores: ["dist/**", "webapp/dist/**", "src/db/generated/**", "node_modules/**", "test-output/**", ".data/**", "**/*.d.ts"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ["./tsconfig.check.json", "./webapp/tsconfig.json"], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin, "import-x": importX },
    settings: {
      // no-cycle parses the imported files too: with the TypeScript parser, or it sees nothing.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: ["tsconfig.check.json", "webapp/tsconfig.json"], noWarnOnMultipleProjects: true })],
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["grammy", "grammy/*", "@grammyjs/*"], message: "The domain knows nothing of grammY: return data, let src/bot turn it into messages." },
            { group: ["fastify", "@fastify/*", "fastify-*"], message: "The domain knows nothing of Fastify: src/api adapts it." },
            { group: ["**/bot/**", "**/api/**"], message: "The domain does not import its adapters." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/bot/**/*.ts", "src/api/**/*.ts"],
    ignores: ["src/bot/inbox.ts", "src/api/routes/health.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "**/db/generated/client.js"], allowTypeImports: true, message: "The bot and the API use domain use cases, not Prisma." },
          ],
        },
      ],
      "no-restricted-syntax": ["error", DB_IN_A_DOOR],
    },
  },
  prettier,
);
