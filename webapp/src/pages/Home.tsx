import type { MeUser } from "../api";
import { useT } from "../i18n";

export function Home({ user }: { user: MeUser }) {
  const t = useT();
  return (
    <header className="page-header">
      <h1 data-testid="greeting">{t("home-greeting", { name: user.firstName })}</h1>
      <p className="subtitle">{t("home-subtitle")}</p>
    </header>
  );
}
