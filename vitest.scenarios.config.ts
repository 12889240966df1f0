import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// Long scenarios run on demand (`npm run scenarios`), not in `npm test`: see tests/scenarios.
// Spread, not mergeConfig: mergeConfig concatenates `include`, which would run the whole suite too.
export default defineConfig({ ...base, test: { ...base.test, include: ["tests/scenarios/**/*.scenario.ts"] } });
