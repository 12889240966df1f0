import { useId, useState } from "react";
import { getArticle, toApiError, voteArticle } from "../api";
import { errorMessage, LoadError, Loading } from "../components/Status";
import { useResource } from "../hooks";
import { useLanguage, useT } from "../i18n";
import { Link } from "../router";
import { hapticImpact, hapticNotify } from "../telegram";
import { categoryName } from "./KbPage";

const ITEM = /^\s*(\d+[.)]|[-•*])\s+/;

interface Item {
  /** The number written in the text ("3." -> 3); null for bullets. */
  number: number | null;
  lines: string[];
}

export type Block = { kind: "p"; lines: string[] } | { kind: "ol" | "ul"; items: Item[] };

/**
 * Plain-text article bodies: runs of "1." or "-" lines become lists, other runs paragraphs.
 * Lines between step 2 and step 3 belong to step 2 (its details), so the steps stay one list and
 * step 3 is numbered 3; a numbered list that starts anywhere else keeps its first number.
 */
export function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split("\n")) {
    const line = raw.trim();
    const last = blocks.at(-1);
    if (!line) {
      if (last) blocks.push({ kind: "p", lines: [] });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const marker = item[1]!;
      const kind = /\d/.test(marker) ? "ol" : "ul";
      const number = kind === "ol" ? Number.parseInt(marker, 10) : null;
      const entry: Item = { number, lines: [line.replace(ITEM, "")] };
      // "2." ... details ... "3.": the details join step 2 and the list goes on.
      const beforeLast = blocks.at(-2);
      if (last?.kind === "p" && beforeLast?.kind === "ol" && kind === "ol" && last.lines.length > 0 && beforeLast.items.at(-1)?.number === (number ?? 0) - 1) {
        beforeLast.items.at(-1)!.lines.push(...last.lines);
        blocks.pop();
        beforeLast.items.push(entry);
      } else if (last && last.kind === kind) last.items.push(entry);
      else blocks.push({ kind, items: [entry] });
    } else if (last?.kind === "p") last.lines.push(line);
    else blocks.push({ kind: "p", lines: [line] });
  }
  return blocks.filter((b) => (b.kind === "p" ? b.lines.length > 0 : true));
}

function ArticleBody({ body, lang }: { body: string; lang: string | undefined }) {
  return (
    <div className="article-body" lang={lang} data-testid="article-body">
      {blocksOf(body).map((block, i) => {
        if (block.kind === "p") {
          return (
            <p key={i} className="pre-line" dir="auto">
              {block.lines.join("\n")}
            </p>
          );
        }
        if (block.kind === "ul") {
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j} className="pre-line" dir="auto">
                  {item.lines.join("\n")}
                </li>
              ))}
            </ul>
          );
        }
        const start = block.items[0]?.number ?? 1;
        return (
          <ol key={i} start={start === 1 ? undefined : start}>
            {block.items.map((item, j) => (
              <li key={j} className="pre-line" dir="auto" value={item.number !== null && item.number !== start + j ? item.number : undefined}>
                {item.lines.join("\n")}
              </li>
            ))}
          </ol>
        );
      })}
    </div>
  );
}

function Vote({ articleId }: { articleId: number }) {
  const t = useT();
  const titleId = useId();
  const [vote, setVote] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (helpful: boolean) => {
    setBusy(true);
    setError(null);
    hapticImpact("light");
    try {
      await voteArticle(articleId, helpful);
      setVote(helpful);
      hapticNotify("success");
    } catch (err) {
      setError(errorMessage(t, toApiError(err)));
      hapticNotify("error");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card vote" aria-labelledby={titleId} data-testid="vote">
      <h2 id={titleId}>{t("article-helpful")}</h2>
      {vote === null ? (
        <div className="button-row">
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send(true)} data-testid="vote-yes">
            {t("article-helpful-yes")}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send(false)} data-testid="vote-no">
            {t("article-helpful-no")}
          </button>
        </div>
      ) : null}
      <div role="status" data-testid="vote-status">
        {vote === true ? <p>{t("article-thanks-yes")}</p> : null}
        {vote === false ? (
          <>
            <p>{t("article-thanks-no")}</p>
            <Link to="/new" className="button">
              {t("kb-ask-support")}
            </Link>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

export function ArticlePage({ slug }: { slug: string }) {
  const t = useT();
  const language = useLanguage();
  const { state, reload } = useResource((signal) => getArticle(slug, language, signal), [slug, language]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    return (
      <>
        <LoadError error={state.error} onRetry={() => reload()} />
        <p>
          <Link to="/kb">{t("article-back")}</Link>
        </p>
      </>
    );
  }
  const article = state.data;
  // An article not yet translated comes in English: marked, so it is read (and spoken) as such.
  const articleLang = article.lang && article.lang !== language ? article.lang : undefined;
  return (
    <article>
      <header className="page-header">
        {article.category ? (
          <p className="eyebrow">
            <Link to={`/kb?category=${encodeURIComponent(article.category)}`}>{categoryName(t, article.category)}</Link>
          </p>
        ) : null}
        <h1 tabIndex={-1} dir="auto" lang={articleLang} data-testid="article-title">
          {article.title}
        </h1>
      </header>
      <ArticleBody body={article.body} lang={articleLang} />
      <Vote articleId={article.id} />
      <p className="after-list">
        {t("kb-still-need-help")} <Link to="/new">{t("kb-ask-support")}</Link>
      </p>
    </article>
  );
}
