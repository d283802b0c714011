/**
 * The route table. Loaders prefetch through the query client (so data and the
 * route's code load in parallel); components read the same queries.
 * Pages from other features (search, people, places) add entries to `children`.
 */
import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter, type RouteObject } from "react-router";
import { NotFoundError } from "./data/errors.ts";
import { archivePageQuery, ensureBulletin } from "./data/queries.ts";
import { Layout } from "./components/Layout.tsx";
import { NotFoundPage } from "./routes/not-found.tsx";
import { RouteError } from "./routes/route-error.tsx";

function Loading() {
  return (
    <p role="status" className="py-10 text-stone-500">
      Loading…
    </p>
  );
}

export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: "/",
      element: <Layout />,
      hydrateFallbackElement: <Loading />,
      children: [
        {
          // A pathless layout route, so errors render inside the header and footer.
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: () => queryClient.ensureQueryData(archivePageQuery()),
              lazy: () => import("./routes/archive.tsx"),
            },
            {
              path: "bulletins/:bulletinId",
              loader: ({ params }) => ensureBulletin(queryClient, params.bulletinId!),
              lazy: () => import("./routes/bulletin.tsx"),
            },
            {
              path: "bulletins/:bulletinId/articles/:slug",
              loader: async ({ params }) => {
                const bulletin = await ensureBulletin(queryClient, params.bulletinId!);
                if (!bulletin.articles.some((a) => a.slug === params.slug)) {
                  throw new NotFoundError(`There is no article “${params.slug}” in ${bulletin.id}.`, params.slug!);
                }
                return null;
              },
              lazy: () => import("./routes/article.tsx"),
            },
            { path: "import", lazy: () => import("./import/ImportPage.tsx") },
            // ── more feature routes (search, people, places) go here ──
            { path: "search", lazy: () => import("./search/SearchPage.tsx") },
            // The loaders start the page's data with its code, not after it (the page reads the same query).
            {
              path: "people/:personId",
              loader: async ({ params }) => {
                const { personQuery } = await import("./search/page-data-client.ts");
                await queryClient.ensureQueryData(personQuery(params.personId!));
                return null;
              },
              lazy: () => import("./people/PersonPage.tsx"),
            },
            {
              path: "places/:placeId",
              loader: async ({ params }) => {
                const { placeQuery } = await import("./search/page-data-client.ts");
                await queryClient.ensureQueryData(placeQuery(params.placeId!));
                return null;
              },
              lazy: () => import("./places/PlacePage.tsx"),
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
