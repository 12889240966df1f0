import { useEffect, useId, useState } from "react";
import { listArticles, searchKb, toApiError, type ApiError, type KbArticleSummary, type KbHit } from "../api";
import { errorMessage, LoadError, Loading } from "../components/Status";
import { useDebounced, useResource } from "../hooks";
import { useLanguage, useT, type Translate } from "../i18n";
import { Link, useLocation } from "../router";

/** A category's name in the customer's language; its code when there is no translation. */
export function categoryName(t: Translate, category: string): string {
  const id = `kb-category-${category}`;
  const text = t(id);
  return text === id ? category.charAt(0).toUpperCase() + category.slice(1).replaceAll("-", " ") : text;
}

/** A search snippet; the server marks the matched words with « ». */
export function Snippet({ text, className, lang }: { text: string; className: string; lang?: string | undefined }) {
  const parts = text.split(/«([^»]*)»/);
  return (
    <span className={className} dir="auto" lang={lang}>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
    </span>
  );
}

function ArticleList({ articles, testId }: { articles: ReadonlyArray<KbArticleSummary | KbHit>; testId: string }) {
  const language = useLanguage();
  return (
    <ul className="plain-list article-list" data-testid={testId}>
      {articles.map((a) => (
        <li key={a.id}>
          <Link to={`/kb/${encodeURIComponent(a.slug ?? String(a.id))}`} className="card article-link" data-testid="article-link">
            <span className="article-link-title" dir="auto" lang={"lang" in a && a.lang && a.lang !== language ? a.lang : undefined}>
              {a.title}
            </span>
            {a.snippet ? (
              <Snippet className="article-link-snippet" text={a.snippet} lang={"lang" in a && a.lang && a.lang !== language ? a.lang : undefined} />
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

type SearchState = { status: "idle" } | { status: "loading" } | { status: "ready"; hits: KbHit[] } | { status: "error"; error: ApiError };

function useSearch(query: string, language: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  useEffect(() => {
    if (query.length < 2) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState({ status: "loading" });
    searchKb(query.slice(0, 200), language, controller.signal).then(
      (hits) => !controller.signal.aborted && setState({ status: "ready", hits }),
      (error: unknown) => !controller.signal.aborted && setState({ status: "error", error: toApiError(error) }),
    );
    return () => controller.abort();
  }, [query, language]);
  return state;
}

export function KbPage() {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const { search } = useLocation();
  const category = search.get("category") ?? "";
  const [text, setText] = useState(search.get("q") ?? "");
  const [submitted, setSubmitted] = useState<string | null>(null);
  const debounced = useDebounced(text.trim(), 350);
  const query = submitted ?? debounced;
  const results = useSearch(query, language);

  const all = useResource((signal) => listArticles({ lang: language }, signal), [language]);
  const popular = useResource((signal) => listArticles({ lang: language, popular: true }, signal), [language]);
  const inCategory = useResource((signal) => (category ? listArticles({ lang: language, category }, signal) : Promise.resolve([])), [language, category]);

  const categories = all.state.status === "ready" ? [...new Set(all.state.data.map((a) => a.category).filter(Boolean))].sort() : [];

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{t("kb-title")}</h1>
        <p className="subtitle">{t("kb-subtitle")}</p>
      </header>

      <form
        role="search"
        className="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(text.trim());
        }}
      >
        <label htmlFor={`${id}-q`} className="label">
          {t("kb-search-label")}
        </label>
        <div className="search-row">
          <input
            id={`${id}-q`}
            type="search"
            className="input"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setSubmitted(null);
            }}
            placeholder={t("kb-search-placeholder")}
            autoComplete="off"
            enterKeyHint="search"
            data-testid="kb-search"
          />
          <button type="submit" className="button">
            {t("kb-search-button")}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {results.status === "loading" ? <Loading /> : null}
        {results.status === "error" ? (
          <p className="form-error" role="alert">
            {errorMessage(t, results.error)}
          </p>
        ) : null}
        {results.status === "ready" ? (
          <section aria-labelledby={`${id}-results`}>
            <h2 id={`${id}-results`} className="section-title">
              {t("kb-results", { count: results.hits.length })}
            </h2>
            {results.hits.length ? (
              <ArticleList articles={results.hits} testId="kb-results" />
            ) : (
              <div className="empty" data-testid="kb-no-results">
                <p>{t("kb-no-results")}</p>
                <Link to="/new" className="button">
                  {t("kb-ask-support")}
                </Link>
              </div>
            )}
          </section>
        ) : null}
      </div>

      {results.status === "idle" ? (
        <>
          <section aria-labelledby={`${id}-categories`}>
            <h2 id={`${id}-categories`} className="section-title">
              {t("kb-categories")}
            </h2>
            {all.state.status === "loading" ? <Loading /> : null}
            {all.state.status === "error" ? <LoadError error={all.state.error} onRetry={() => all.reload()} /> : null}
            {categories.length ? (
              <nav className="filters wrap" aria-label={t("kb-categories")} data-testid="kb-categories">
                <Link to="/kb" replace className="chip" aria-current={category === "" ? "page" : undefined}>
                  {t("kb-category-all")}
                </Link>
                {categories.map((c) => (
                  <Link key={c} to={`/kb?category=${encodeURIComponent(c)}`} replace className="chip" aria-current={c === category ? "page" : undefined}>
                    {categoryName(t, c)}
                  </Link>
                ))}
              </nav>
            ) : null}
          </section>

          {category ? (
            <section aria-labelledby={`${id}-category`}>
              <h2 id={`${id}-category`} className="section-title">
                {categoryName(t, category)}
              </h2>
              {inCategory.state.status === "loading" ? <Loading /> : null}
              {inCategory.state.status === "error" ? <LoadError error={inCategory.state.error} onRetry={() => inCategory.reload()} /> : null}
              {inCategory.state.status === "ready" ? <ArticleList articles={inCategory.state.data} testId="kb-category-articles" /> : null}
            </section>
          ) : (
            <section aria-labelledby={`${id}-popular`}>
              <h2 id={`${id}-popular`} className="section-title">
                {t("kb-popular")}
              </h2>
              {popular.state.status === "loading" ? <Loading /> : null}
              {popular.state.status === "error" ? <LoadError error={popular.state.error} onRetry={() => popular.reload()} /> : null}
              {popular.state.status === "ready" ? <ArticleList articles={popular.state.data.slice(0, 8)} testId="kb-popular" /> : null}
            </section>
          )}
        </>
      ) : null}

      <p className="after-list">
        {t("kb-still-need-help")} <Link to="/new">{t("kb-ask-support")}</Link>
      </p>
    </>
  );
}
