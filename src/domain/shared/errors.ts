// Typed domain errors: the API maps them to HTTP statuses, the bot to a friendly localized reply.
// `code` doubles as the i18n key suffix for the customer-facing text.

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, details: Record<string, unknown> = {}) {
    super("not-found", `${what} not found`, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: string) {
    super("forbidden", reason);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, reason: string) {
    super(code, reason);
  }
}

export class ConsentRequiredError extends DomainError {
  constructor() {
    super("consent-required", "Agree to storing the conversation first (Settings > Privacy).");
  }
}

export class ValidationError extends DomainError {
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super("invalid", reason, details);
  }
}
