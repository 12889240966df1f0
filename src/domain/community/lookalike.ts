import { domainToUnicode } from "node:url";

// Clone accounts and phishing domains imitate the real ones with letters that look the same
// (Cyrillic "а" for Latin "a", "0" for "o", "rn" for "m"). Both sides are folded to a skeleton
// of look-alike classes before they are compared, so the imitation compares equal.

const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "l",
  ї: "l",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  һ: "h",
  ӏ: "l",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "l",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  // Digits and signs used as letters
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "|": "l",
  "!": "l",
  // Latin letters that read as each other in most fonts
  i: "l",
  ı: "l",
};

/** The look-alike class of a name: "Ѕuрpоrt", "Supp0rt" and "support" share one. */
export function skeleton(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKD").toLowerCase()) {
    if (/\p{M}/u.test(ch)) continue;
    const mapped = CONFUSABLES[ch] ?? ch;
    if (/[\p{L}\p{N}]/u.test(mapped)) out += mapped;
  }
  return out.replace(/rn/g, "m").replace(/vv/g, "w").replace(/cl/g, "d");
}

/** Edits (insert, delete, substitute, swap of neighbours) between two short strings, stopping past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** "https://Sub.Example.com/x" -> "sub.example.com"; null for what is not a link. */
export function hostOf(link: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(link) ? link : `http://${link}`);
    if (!url.hostname.includes(".")) return null;
    return domainToUnicode(url.hostname).toLowerCase() || url.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** "login.example.co" -> "example": the label people read as the site's name. */
function mainLabel(host: string): string {
  const labels = host.split(".").filter(Boolean);
  if (labels.length <= 1) return labels[0] ?? "";
  // Two-part public suffixes (co.uk, com.br...) push the name one label left.
  const tail = labels.slice(-2).join(".");
  const twoPart = /^(co|com|net|org|gov|ac|edu)\.[a-z]{2}$/.test(tail);
  return labels[labels.length - (twoPart && labels.length > 2 ? 3 : 2)]!;
}

export type LinkVerdict = "official" | "lookalike" | "other";

/** Whether a host is one of the official domains, imitates one, or is simply another site. */
export function judgeHost(host: string, official: readonly string[]): LinkVerdict {
  for (const domain of official) {
    if (host === domain || host.endsWith(`.${domain}`)) return "official";
  }
  const label = skeleton(mainLabel(host));
  const whole = skeleton(host);
  for (const domain of official) {
    const real = skeleton(mainLabel(domain));
    if (real.length < 4) continue;
    // "examp1e.com", "example-support.net", "exarnple.com", "login-example.io"
    if (label === real || whole.includes(real) || (real.length >= 5 && editDistance(label, real, 2) <= 2)) return "lookalike";
  }
  return "other";
}
