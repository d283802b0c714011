/**
 * The route table. Loaders prefetch through the query client (so data and the
 * route's code load in parallel); components read the same queries.
 * Pages from other features (search, people, places) add entries to `children`.
 */
import type { QueryClient } from "@tanstack/react-query";
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createRouter as createRouter,
  UNSAFE_hydrationRouteProperties as hydrationRouteProperties,
  UNSAFE_mapRouteProperties as mapRouteProperties,
  type RouteObject,
} from "react-router";
import { nextTask } from "./lib/next-task.ts";
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
            // The archive-wide views (src/app/views/): each loads its own data file and code, only on its route.
            {
              path: "people",
              loader: async () => queryClient.ensureQueryData((await import("./views/views-data.ts")).peopleHeadQuery()),
              lazy: () => import("./views/PeopleView.tsx"),
            },
            {
              path: "quotes",
              loader: async () => queryClient.ensureQueryData((await import("./views/views-data.ts")).quotesHeadQuery()),
              lazy: () => import("./views/QuotesView.tsx"),
            },
            {
              path: "quotes/:bulletinId/:slug/:quoteId",
              loader: async ({ params }) => {
                await ensureBulletin(queryClient, params.bulletinId!);
                return null;
              },
              lazy: () => import("./views/QuotePage.tsx"),
            },
            {
              path: "numbers",
              loader: async () => queryClient.ensureQueryData((await import("./views/views-data.ts")).numbersHeadQuery()),
              lazy: () => import("./views/NumbersView.tsx"),
            },
            {
              path: "places",
              loader: async () => queryClient.ensureQueryData((await import("./views/views-data.ts")).placesViewQuery()),
              lazy: () => import("./views/PlacesView.tsx"),
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

/**
 * The routes, with each loader and each `lazy` run in a task after the one that
 * calls it. Starting the router (`router.initialize()`) calls the first route's
 * loader and `lazy` there and then: with them, that task fetched the route's data
 * and code and opened the import store, and took 20–40 ms on a desktop CPU.
 */
function inTasksOfTheirOwn(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { loader, lazy, children } = route;
    const copy: RouteObject = { ...route };
    if (typeof loader === "function") {
      copy.loader = async (...args) => {
        await nextTask();
        return loader(...args);
      };
    }
    if (typeof lazy === "function") {
      copy.lazy = async () => {
        await nextTask();
        return lazy();
      };
    }
    if (children) copy.children = inTasksOfTheirOwn(children);
    return copy;
  });
}

/**
 * What `createBrowserRouter` does, less its last step: the router is not yet
 * started (`router.initialize()`). The two halves took one task of ~40 ms on a
 * desktop CPU (the first run of much of React Router's code, reading the URL,
 * history and session storage, matching and loading the first route); the app
 * starts them in tasks of their own (src/app/start-app.tsx). The options are
 * `createBrowserRouter`'s own (react-router 7.18, pinned) for an app without
 * server-rendered loader data.
 */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    history: createBrowserHistory(),
    routes: inTasksOfTheirOwn(appRoutes(queryClient)),
    mapRouteProperties,
    hydrationRouteProperties,
  });
}
