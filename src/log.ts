import pino, { type Logger } from "pino";
import type { Config } from "./config.js";

export function createLogger(config: Pick<Config, "LOG_LEVEL" | "NODE_ENV">): Logger {
  const pretty = config.NODE_ENV === "development" && process.stdout.isTTY;
  return pino({
    level: config.LOG_LEVEL,
    // Secrets and personal data never reach the logs.
    redact: {
      paths: ["req.headers.authorization", 'req.headers["x-telegram-bot-api-secret-token"]', "*.token", "*.password", "*.phone", "*.email"],
      censor: "[redacted]",
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname" } } } : {}),
  });
}
