import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// Long scenarios run on demand (`npm run scenarios`), not in `npm test`: see tests/scenarios.
export default mergeConfig(base, defineConfig({ test: { include: ["tests/scenarios/**/*.scenario.ts"] } }));
