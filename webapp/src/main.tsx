import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";
import { initTelegram } from "./telegram";

const container = document.getElementById("root");
if (!container) throw new Error("The #root element is missing from index.html");

initTelegram();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
