import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { applyDisplayPrefs } from "./prefs";
import "./styles.css";
import { initTelegram } from "./telegram";

const container = document.getElementById("root");
if (!container) throw new Error("The #root element is missing from index.html");

applyDisplayPrefs();
initTelegram();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
