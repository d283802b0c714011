// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense, use, useState } from "react";
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


/** Rows read for the filters shown (a view's pieces): with `from` set they wait for `rows`, so the navigation's render suspends. */
function Rows({ from, rows }: { from: string | undefined; rows: { ready: Promise<void> } }) {
  if (from) use(rows.ready);
  return <output aria-label="rows">{from ? `rows from ${from}` : "all rows"}</output>;
}

function SlowView({ rows }: { rows: { ready: Promise<void> } }) {
  const [f, set] = useViewParams(KEYS);
  const [touched, setTouched] = useState(0);
  return (
    <>
      <button type="button" onClick={() => set({ from: "2009" })}>From 2009</button>
      <button type="button" onClick={() => set({ to: "2009" })}>To 2009</button>
      <button type="button" onClick={() => setTouched((n) => n + 1)}>Touch {touched}</button>
      <Suspense fallback={<p>Loading</p>}>
        <Rows from={f.from} rows={rows} />
      </Suspense>
    </>
  );
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
  it("keeps a choice whose rows are still loading when the screen updates for something else before the next choice", async () => {
    let release!: () => void;
    const rows = { ready: new Promise<void>((resolve) => (release = resolve)) };
    const router = createMemoryRouter([{ path: "/v", element: <SlowView rows={rows} /> }], { initialEntries: ["/v"] });
    render(<RouterProvider router={router} />);
    await screen.findByText("From 2009");
    // The navigation's render waits for the rows; the screen still shows the old URL and is updated meanwhile.
    await act(async () => screen.getByText("From 2009").click());
    await act(async () => screen.getByText("Touch 0").click());
    await act(async () => screen.getByText("To 2009").click());
    await act(async () => release());
    await vi.waitFor(() => expect(screen.getByLabelText("rows").textContent).toBe("rows from 2009"));
    expect(router.state.location.search).toBe("?from=2009&to=2009");
  });
});
