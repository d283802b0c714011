/**
 * Pages made from string templates instead of the app's renderer (quote,
 * person and place pages: 64,500 of 68,500 at 1,000 bulletins), and the
 * check that keeps them the app's own markup.
 *
 * A template makes a page's own part (inside the layout's <main>) from the
 * data file the app's render of the page reads; it is set in the layout
 * (header, footer) cut from the first page of its kind, which the app does
 * render. That page is the first check: if the part made here is not found
 * in it, word for word, the template has drifted from the app's view, and
 * every page of that kind is rendered by the app, as before, with a warning.
 * One page in `CHECK_EVERY` of each kind is rendered by the app as well and
 * compared (markup, status and data files), with the same fallback.
 */
import type { RenderedPage } from "../../app/ssr.tsx";
import { NotTemplated } from "./react-markup.ts";

/** One page of a kind in this many is rendered by the app too, and must come out the same. */
export const CHECK_EVERY = 250;

export interface PageTemplate<Ref> {
  /** The pages, as the build's messages call them: `quote pages`. */
  name: string;
  /** The app's component the template copies, and the template's own module: named in the warning, to be brought into line. */
  view: string;
  module: string;
  /** What the page at `route` shows, from its data file; null for a route of another kind, or data the app would not show as is. */
  of(route: string): Ref | null;
  /** The page's own part, as the app's view renders it; throws `NotTemplated` for what the template does not make (the app then renders the page). */
  content(ref: Ref): string;
  /** The data files the app's render of the page reads (URLs as the app asks for them), sorted. */
  dataFiles(ref: Ref): string[];
}

/**
 * A page made from a template, `template` naming its kind; or, without it,
 * the app's render of a page made for a check that found the two differ.
 */
export type TemplatePage = RenderedPage & { template?: string };

export interface TemplatePages {
  /** The page made from its template, or null: a page no template makes, or of a kind found to differ from the app's render. */
  render(route: string): Promise<TemplatePage | null>;
  /** Pages made so far, by kind (`PageTemplate.name`). */
  readonly made: ReadonlyMap<string, number>;
}

/** The layout around a page's own part: what comes before it and after it in the app's render. */
interface Layout {
  before: string;
  after: string;
}

/** Why the app's page is not the one made from the template, or null when it is. */
function difference(app: RenderedPage, page: RenderedPage): string | null {
  if (app.status !== page.status) return `the app answers ${app.status}`;
  if (app.html !== page.html) return "the app renders it otherwise";
  if (app.dataFiles.join(" ") !== page.dataFiles.join(" ")) return `the app reads ${app.dataFiles.join(", ") || "no file"}`;
  return null;
}

/**
 * Pages of every kind `templates` make. `renderApp` is the app's own
 * renderer; `warn` is told once for each kind found to differ from it.
 */
export function templatePages(
  // `any`: each template's data is its own type, and a template takes back only what its own `of` gave.
  templates: ReadonlyArray<PageTemplate<any>>,
  renderApp: (route: string) => Promise<RenderedPage>,
  warn: (message: string) => void,
): TemplatePages {
  const made = new Map<string, number>();
  const kinds = templates.map(<Ref>(template: PageTemplate<Ref>) => {
    let layout: Promise<Layout | null> | null = null;
    let drifted = false;
    let count = 0;
    const giveUp = (route: string, why: string) => {
      if (!drifted) warn(`${template.name}: ${route}: ${why}; every one is rendered by the app instead (update ${template.module} to ${template.view})`);
      drifted = true;
    };
    const layoutFrom = async (route: string, content: string, dataFiles: string[]): Promise<Layout | null> => {
      const app = await renderApp(route);
      const at = app.status === 200 ? app.html.indexOf(content) : -1;
      if (at < 0 || app.html.indexOf(content, at + 1) >= 0) {
        giveUp(route, app.status === 200 ? "the app renders it otherwise" : `the app answers ${app.status}`);
        return null;
      }
      const why = difference(app, { ...app, dataFiles });
      if (why !== null) {
        giveUp(route, why);
        return null;
      }
      return { before: app.html.slice(0, at), after: app.html.slice(at + content.length) };
    };
    const render = async (route: string, ref: Ref): Promise<TemplatePage | null> => {
      let content: string;
      try {
        content = template.content(ref);
      } catch (error) {
        if (error instanceof NotTemplated) return null;
        throw error;
      }
      const dataFiles = template.dataFiles(ref);
      layout ??= layoutFrom(route, content, dataFiles);
      const around = await layout;
      if (!around || drifted) return null;
      const page: TemplatePage = { html: around.before + content + around.after, status: 200, dataFiles, template: template.name };
      if (++count % CHECK_EVERY === 0) {
        const app = await renderApp(route);
        const why = difference(app, page);
        if (why !== null) {
          giveUp(route, why);
          return app;
        }
      }
      made.set(template.name, (made.get(template.name) ?? 0) + 1);
      return page;
    };
    return { template, render, drifted: () => drifted };
  });
  return {
    async render(route) {
      for (const kind of kinds) {
        if (kind.drifted()) continue;
        const ref = kind.template.of(route);
        if (ref !== null) return kind.render(route, ref);
      }
      return null;
    },
    made,
  };
}
