// The API's text fields: one definition, kept with the rest of the text rules in domain/text.
export { safeText } from "../domain/text/safe-text.js";
