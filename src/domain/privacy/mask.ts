// Personal data shown to agents and written to logs is masked: card numbers, phone numbers and
// e-mail addresses. Agents rarely need them whole, and a screenshot of an agent's chat must not
// leak them.

const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b/g;
const PHONE = /(?<![\w])\+?\d[\d ()-]{8,}\d\b/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function maskPersonalData(text: string): string {
  return text
    .replace(CARD, (m) => {
      const digits = m.replace(/\D/g, "");
      return digits.length >= 13 && luhn(digits) ? `•••• ${digits.slice(-4)}` : m;
    })
    .replace(EMAIL, (_m, first: string, domain: string) => `${first}•••@${domain}•••`)
    .replace(PHONE, (m) => {
      const digits = m.replace(/\D/g, "");
      return digits.length >= 10 ? `${m.trim().startsWith("+") ? "+" : ""}•••${digits.slice(-2)}` : m;
    });
}
