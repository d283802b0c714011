// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useViewParams } from "./useViewParams.ts";

const KEYS = ["from", "to", "q"] as const;

afterEach(cleanup);

function View() {
  const [f, set] = useViewParams(KEYS);
  const { search } = useLocation();
  return (
    <>
      <output aria-label="search">{search}</output>
      <output aria-label="from">{f.from ?? ""}</output>
      <button type="button" onClick={() => set({ from: "2009" })}>From 2009</button>
      <button type="button" onClick={() => set({ to: "2009" })}>To 2009</button>
      <button type="button" onClick={() => set({ from: undefined })}>Any start</button>
    </>
  );
}

/** A view whose route has a loader (the views' heads), held while `hold` is set: each URL change waits for it. */
function renderView(initial = "/v") {
  const gate: { hold: Promise<void> | null } = { hold: null };
  const router = createMemoryRouter([{ path: "/v", element: <View />, loader: async () => (await gate.hold, null) }], { initialEntries: [initial] });
  render(<RouterProvider router={router} />);
  return { router, gate };
}

describe("a view's filters in the URL", () => {
  it("keeps two choices made before the first one's navigation has rendered (From, then To)", async () => {
    const { router, gate } = renderView();
    await screen.findByText("From 2009");
    let release!: () => void;
    gate.hold = new Promise((resolve) => (release = resolve));
    await act(async () => screen.getByText("From 2009").click());
    await act(async () => screen.getByText("To 2009").click());
    gate.hold = null;
    await act(async () => release());
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(router.state.location.search).toBe("?from=2009&to=2009");
  });

  it("starts from the URL shown after Back, not from a change made before it", async () => {
    const { router } = renderView("/v?q=tax");
    await screen.findByText("From 2009");
    const shows = (search: string) => vi.waitFor(() => expect(screen.getByLabelText("search").textContent).toBe(search));
    await act(async () => screen.getByText("From 2009").click());
    await shows("?q=tax&from=2009");
    await act(() => router.navigate(-1));
    await shows("?q=tax");
    await act(async () => screen.getByText("To 2009").click());
    await shows("?q=tax&to=2009");
    await act(async () => screen.getByText("Any start").click());
    await act(async () => screen.getByText("From 2009").click());
    await shows("?q=tax&to=2009&from=2009");
  });
});
