// Mounts the README's Tailwind example (src/App.tsx and src/index.css are written from README.md
// by scripts/consumer/tailwind.mjs).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./index.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
