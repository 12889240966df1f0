import { createContext, useContext } from "react";
import type { MeView } from "./api";

export interface SessionValue {
  me: MeView;
  /** Replace the signed-in user's profile (after a settings change). */
  setMe: (me: MeView) => void;
  /** The customer deleted their data: show the goodbye screen and stop calling the API. */
  markDeleted: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession() outside the signed-in app");
  return value;
}
