import type { ReactNode } from "react";
import { useT } from "../i18n";
import { Link, type Route } from "../router";

const ICONS: Record<string, ReactNode> = {
  tickets: <path d="M4 5h16v10H8l-4 4V5z" />,
  new: <path d="M12 5v14M5 12h14" />,
  kb: <path d="M5 4h9a4 4 0 014 4v12H9a4 4 0 01-4-4V4zM9 9h5M9 13h5" />,
  settings: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1" />
    </>
  ),
};

const ITEMS = [
  { key: "tickets", to: "/", label: "nav-tickets", active: (r: Route) => r.name === "tickets" || r.name === "ticket" },
  { key: "new", to: "/new", label: "nav-new", active: (r: Route) => r.name === "new" },
  { key: "kb", to: "/kb", label: "nav-kb", active: (r: Route) => r.name === "kb" || r.name === "article" },
  { key: "settings", to: "/settings", label: "nav-settings", active: (r: Route) => r.name === "settings" },
] as const;

/** The cabinet's sections, at the bottom of the screen within thumb's reach. */
export function NavBar({ route }: { route: Route }) {
  const t = useT();
  return (
    <nav className="navbar" aria-label={t("nav-label")}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <Link to={item.to} className="navbar-link" aria-current={item.active(route) ? "page" : undefined} data-testid={`nav-${item.key}`}>
              <svg
                viewBox="0 0 24 24"
                aria-hidden="true"
                className="navbar-icon"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                {ICONS[item.key]}
              </svg>
              <span>{t(item.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
