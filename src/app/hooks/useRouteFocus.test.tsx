// @vitest-environment jsdom
import { act, render } from "@testing-library/react";
import { useEffect } from "react";
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { useRouteFocus } from "./useRouteFocus.ts";

/** Stands in for the reader pressing `/` once the new page shows: focuses the search box in an effect of its own. */
function SearchBox({ focusOn }: { focusOn: string | null }) {
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === focusOn) document.getElementById("search")?.focus();
  }, [pathname, focusOn]);
  return <input id="search" type="search" aria-label="Search" />;
}

function renderShell(focusOn: string | null) {
  function Shell() {
    useRouteFocus();
    return (
      <>
        <SearchBox focusOn={focusOn} />
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </>
    );
  }
  const router = createMemoryRouter(
    [{ path: "/", element: <Shell />, children: [{ path: "a", element: <h1>A</h1> }, { path: "b", element: <h1>B</h1> }] }],
    { initialEntries: ["/a"] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe("focus after an in-app navigation", () => {
  it("moves to the main region", async () => {
    const router = renderShell(null);
    await act(() => router.navigate("/b"));
    expect(document.activeElement?.id).toBe("main");
  });

  it("stays where the reader put it once the new page showed, as on `/` pressed at once", async () => {
    const router = renderShell("/b");
    await act(() => router.navigate("/b"));
    expect(document.activeElement?.id).toBe("search");
  });
});
