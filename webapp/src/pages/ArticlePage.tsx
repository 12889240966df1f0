import { useId, useState } from "react";
import { getArticle, toApiError, voteArticle } from "../api";
import { errorMessage, LoadError, Loading } from "../components/Status";
import { useResource } from "../hooks";
import { useLanguage, useT } from "../i18n";
import { Link } from "../router";
import { hapticImpact, hapticNotify } from "../telegram";
import { categoryName } from "./KbPage";

const ITEM = /^\s*(\d+[.)]|[-•*])\s+/;

type Block = { kind: "p"; lines: string[] } | { kind: "ol" | "ul"; items: string[] };

/** Plain-text article bodies: runs of "1." or "-" lines become lists, other runs paragraphs. */
function blocksOf(body: string): Block[] {
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
      const kind = /\d/.test(item[1]!) ? "ol" : "ul";
      if (last && last.kind === kind) last.items.push(line.replace(ITEM, ""));
      else blocks.push({ kind, items: [line.replace(ITEM, "")] });
    } else if (last?.kind === "p") last.lines.push(line);
    else blocks.push({ kind: "p", lines: [line] });
  }
  return blocks.filter((b) => (b.kind === "p" ? b.lines.length > 0 : true));
}

function ArticleBody({ body }: { body: string }) {
  return (
    <div className="article-body">
      {blocksOf(body).map((block, i) => {
        if (block.kind === "p") {
          return (
            <p key={i} className="pre-line">
              {block.lines.join("\n")}
            </p>
          );
        }
        const List = block.kind;
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </List>
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
  return (
    <article>
      <header className="page-header">
        {article.category ? (
          <p className="eyebrow">
            <Link to={`/kb?category=${encodeURIComponent(article.category)}`}>{categoryName(t, article.category)}</Link>
          </p>
        ) : null}
        <h1 tabIndex={-1} data-testid="article-title">
          {article.title}
        </h1>
      </header>
      <ArticleBody body={article.body} />
      <Vote articleId={article.id} />
      <p className="after-list">
        {t("kb-still-need-help")} <Link to="/new">{t("kb-ask-support")}</Link>
      </p>
    </article>
  );
}
