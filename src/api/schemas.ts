import { z } from "zod";

export const errorBody = z.object({ error: z.string(), reason: z.string() });
