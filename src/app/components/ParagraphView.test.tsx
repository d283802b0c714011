// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { fixtureBulletin } from "../test-fixtures/bulletin.fixture.ts";
import { buildArticleModel } from "../lib/article-model.ts";
import { ArticleContext } from "./article-context.ts";
import { ParagraphView } from "./ParagraphView.tsx";
import { StatusProvider } from "./status.tsx";

function renderParagraph(paragraphId: string, selectedPersonId: string | null = null) {
  const model = buildArticleModel(fixtureBulletin, fixtureBulletin.articles[0]!.slug)!;
  const paragraph = model.article.paragraphs.find((p) => p.id === paragraphId)!;
  return render(
    <MemoryRouter>
      <StatusProvider>
        <ArticleContext.Provider value={{ bulletin: fixtureBulletin, model, selectedPersonId }}>
          <ParagraphView paragraph={paragraph} annotations={model.annotations.get(paragraph.id) ?? []} />
        </ArticleContext.Provider>
      </StatusProvider>
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe("ParagraphView", () => {
  it("anchors the paragraph and its statistics by their ids", () => {
    const { container } = renderParagraph("p1");
    const p = container.querySelector("p#p1")!;
    expect(p).toHaveTextContent("Farmers in the Zeravshan valley");
    const mark = container.querySelector("mark#s1")!;
    expect(mark).toHaveTextContent(/^more than 3,400 families$/);
  });

  it("sets a quote apart with its own anchor and names the speaker and how they were found", () => {
    const { container } = renderParagraph("p4");
    const quote = container.querySelector("#q2")!;
    expect(quote).toHaveTextContent("“Nobody came to help,”");
    const label = quote.nextElementSibling as HTMLElement;
    expect(label).toHaveTextContent("Timur Askarov");
    expect(label).toHaveTextContent(/he\/she said/);
    expect(within(label).getByRole("button", { name: /cite this quote by timur askarov/i })).toBeInTheDocument();
  });

  it("keeps hostile text as text", () => {
    const { container } = renderParagraph("p4");
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("p#p4")).toHaveTextContent("<script>alert(1)</script> stays text.");
  });

  it("marks a paragraph that lost its end", () => {
    renderParagraph("p3");
    expect(screen.getByText(/text missing in the source/)).toBeInTheDocument();
  });

  it("highlights the selected person's quotes and mentions", () => {
    const { container } = renderParagraph("p2", "dilnoza-karimova");
    expect(container.querySelector("#q1")).toHaveClass("is-selected");
    expect(container.querySelector('[data-person-id="dilnoza-karimova"]')).toHaveClass("is-selected");
  });

  it("copies the paragraph's deep link", async () => {
    const user = userEvent.setup();
    renderParagraph("p2");
    await user.click(screen.getByRole("button", { name: "Copy link to paragraph 2" }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/bulletins/crs-312/articles/valley-farmers-lose-harvest#p2`,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Link to paragraph copied");
  });
});

describe("ParagraphView speaker label", () => {
  it("follows the closing quotation mark when the quote's offsets stop inside it", () => {
    const bulletin = structuredClone(fixtureBulletin);
    const quote = bulletin.articles[0]!.quotes.find((q) => q.id === "q2")!;
    quote.end -= 2; // the parser's span ends before `,”`
    const model = buildArticleModel(bulletin, bulletin.articles[0]!.slug)!;
    const paragraph = model.article.paragraphs.find((p) => p.id === "p4")!;
    const { container } = render(
      <MemoryRouter>
        <ArticleContext.Provider value={{ bulletin, model, selectedPersonId: null }}>
          <ParagraphView paragraph={paragraph} annotations={model.annotations.get("p4")!} />
        </ArticleContext.Provider>
      </MemoryRouter>,
    );
    expect(container.querySelector("#q2")).toHaveTextContent(/^“Nobody came to help$/);
    expect(container.querySelector("p#p4")!.textContent).toMatch(/^“Nobody came to help,”quote by Timur Askarov.*Cite he said\./);
  });
});
