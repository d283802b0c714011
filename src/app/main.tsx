import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";

function AppShell() {
  return (
    <>
      <header>
        <a href="/">Bulletin Reader</a>
      </header>
      <main>
        <h1>Bulletin Reader</h1>
        <p>Read, search and cite IWPR's plain-text news bulletins.</p>
      </main>
    </>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
);
