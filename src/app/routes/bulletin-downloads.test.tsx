// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fixtureWith } from "../test-fixtures/bulletin.fixture.ts";
import { importStore } from "../import/imports-data.ts";
import { BulletinDownloads } from "./bulletin-downloads.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderDownloads(id: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <BulletinDownloads bulletin={fixtureWith({ id })} />
    </QueryClientProvider>,
  );
}

describe("BulletinDownloads", () => {
  it("links a shipped bulletin's JSON and its quotes and statistics CSVs as downloads", async () => {
    renderDownloads("weekly-12");
    expect(screen.getByRole("heading", { name: "Data" })).toBeInTheDocument();
    const json = await screen.findByRole("link", { name: "Bulletin (JSON)" });
    expect(json).toHaveAttribute("href", "/data/bulletins/weekly-12.json");
    expect(json).toHaveAttribute("download", "weekly-12.json");
    expect(screen.getByRole("link", { name: "Quotes (CSV)" })).toHaveAttribute("href", "/data/bulletins/weekly-12.quotes.csv");
    expect(screen.getByRole("link", { name: "Statistics (CSV)" })).toHaveAttribute("download", "weekly-12.statistics.csv");
  });

  it("offers an imported bulletin's JSON from memory and no CSVs", async () => {
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:test/imported");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const bulletin = fixtureWith({ id: "weekly-13-imported" });
    await importStore().add({
      id: bulletin.id,
      hash: "a".repeat(64),
      fileName: "weekly-13.txt",
      size: 100,
      importedAt: "2024-01-01T00:00:00Z",
      bulletin,
    });
    renderDownloads(bulletin.id);
    const json = await screen.findByRole("link", { name: "Bulletin (JSON)" });
    expect(json).toHaveAttribute("href", "blob:test/imported");
    expect(json).toHaveAttribute("download", "weekly-13-imported.json");
    expect(screen.queryByRole("link", { name: /CSV/ })).toBeNull();
    const blob = created.mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text()).id).toBe("weekly-13-imported");
  });
});
