/**
 * Statistics, People, Places and Quotes beside the article (a column on wide
 * screens; on narrow ones, below the article with a row of tabs choosing which
 * panel shows). Each is an <aside> landmark named by its heading.
 */
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import type { Quote, Statistic } from "../../parser/model/index.ts";
import { numbersHref, unitKind, unitKindLabel } from "../../views/unit-kind.ts";
import { attributionNote, speakerName } from "../lib/article-model.ts";
import { formatNumber } from "../lib/format.ts";
import { useArticleContext } from "./article-context.ts";
import { CiteButton } from "./CiteButton.tsx";

const PANELS = ["Statistics", "People", "Places", "Quotes"] as const;
type PanelName = (typeof PANELS)[number];
/** Long quotes are cut in the panel; the full text is one click away in the article. */
const QUOTE_EXCERPT_CHARS = 140;

/**
 * The panels' ids, from their names: an article page has one set of panels.
 * Not `useId`, whose ids come from the panels' place in the whole page: the
 * prerender renders the article apart from the layout around it and splices
 * the two (src/app/ssr.tsx `spliceLayout`), and the ids must be those the
 * browser's render gives when it hydrates the page.
 */
const panelId = (name: PanelName) => `side-panel-${name.toLowerCase()}`;

export function SidePanels({ onSelectPerson }: { onSelectPerson: (personId: string | null) => void }) {
  const [active, setActive] = useState<PanelName>("Statistics");
  return (
    <div className="no-print">
      <div className="mb-3 flex gap-1 overflow-x-auto lg:hidden" role="group" aria-label="Article panels">
        {PANELS.map((name) => (
          <button
            key={name}
            type="button"
            aria-controls={panelId(name)}
            aria-expanded={active === name}
            onClick={() => setActive(name)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${active === name ? "bg-stone-800 text-white dark:bg-stone-200 dark:text-stone-900" : "bg-stone-200/70 text-stone-800 dark:bg-stone-800 dark:text-stone-200"}`}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="space-y-6">
        <Panel id={panelId("Statistics")} title="Statistics" active={active === "Statistics"}>
          <StatisticsList />
        </Panel>
        <Panel id={panelId("People")} title="People" active={active === "People"}>
          <PeopleList onSelect={onSelectPerson} />
        </Panel>
        <Panel id={panelId("Places")} title="Places" active={active === "Places"}>
          <PlacesList />
        </Panel>
        <Panel id={panelId("Quotes")} title="Quotes" active={active === "Quotes"}>
          <QuotesList />
        </Panel>
      </div>
    </div>
  );
}

function Panel({ id, title, active, children }: { id: string; title: string; active: boolean; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <aside
      id={id}
      aria-labelledby={headingId}
      className={`rounded-lg border border-stone-200 bg-white/60 p-4 text-sm dark:border-stone-800 dark:bg-stone-900/50 ${active ? "" : "max-lg:hidden"}`}
    >
      <h2 id={headingId} className="mb-2 font-sans text-xs font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {title}
      </h2>
      {children}
    </aside>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <p className="text-stone-500 dark:text-stone-400">{children}</p>;

/** The sentence around a span, for context in the panel. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const after = text.slice(end).search(/[.?!](\s|$)/);
  return text.slice(from < 0 ? 0 : from + 2, after < 0 ? text.length : end + after + 1).trim();
}

/** The unit, and the value too when the words do not show it as digits ("two hundred" → 200). */
function figureNote(s: Statistic): string {
  const digits = formatNumber(s.value);
  const shown = s.text.includes(digits) || s.text.includes(String(s.value));
  const unit = s.unit ?? "";
  return shown ? (unit ? `· ${unit}` : "") : `= ${digits}${unit ? ` ${unit}` : ""}`;
}

function StatisticsList() {
  const { model } = useArticleContext();
  const stats = model.article.statistics;
  if (!stats.length) return <Empty>No figures found in this article.</Empty>;
  const paragraphs = new Map(model.article.paragraphs.map((p) => [p.id, p.text]));
  // The Numbers view filtered to each kind of figure here, to compare them with the archive's.
  const kinds = [...new Set(stats.map(unitKind))];
  return (
    <>
    <ol className="space-y-3">
      {stats.map((s) => {
        const text = paragraphs.get(s.paragraphId);
        return (
          <li key={s.id}>
            <Link to={{ hash: `#${s.id}` }} preventScrollReset className="block rounded p-1 -m-1 hover:bg-stone-100 dark:hover:bg-stone-800">
              <span className="font-semibold text-emerald-800 dark:text-emerald-300">{s.text}</span>
              <span className="ml-1 text-stone-600 dark:text-stone-400">{figureNote(s)}</span>
              {text && <span className="mt-0.5 block font-serif text-stone-700 dark:text-stone-300">{sentenceAround(text, s.start, s.end)}</span>}
            </Link>
          </li>
        );
      })}
    </ol>
    <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
      Across the archive:{" "}
      {kinds.map((k, n) => (
        <span key={k}>
          {n > 0 && ", "}
          <Link to={numbersHref(k)} className="link" aria-label={`Every “${unitKindLabel(k)}” figure in the archive`}>
            {unitKindLabel(k)}
          </Link>
        </span>
      ))}
    </p>
    </>
  );
}

function PeopleList({ onSelect }: { onSelect: (personId: string | null) => void }) {
  const { model, selectedPersonId } = useArticleContext();
  if (!model.people.length) return <Empty>No people identified in this article.</Empty>;
  return (
    <ul className="space-y-2">
      {model.people.map(({ person, quoteCount }) => {
        const selected = selectedPersonId === person.id;
        return (
          <li key={person.id} className="flex items-start justify-between gap-2">
            <button
              type="button"
              aria-pressed={selected}
              onClick={() => onSelect(selected ? null : person.id)}
              className={`-m-1 flex-1 rounded p-1 text-left hover:bg-stone-100 dark:hover:bg-stone-800 ${selected ? "bg-sky-100 dark:bg-sky-900/50" : ""}`}
            >
              <span className="font-semibold">{person.name}</span>
              {person.roles[0] && <span className="block text-stone-600 dark:text-stone-400">{person.roles[0]}</span>}
              <span className="block text-xs text-stone-500 dark:text-stone-400">
                {quoteCount} {quoteCount === 1 ? "quote" : "quotes"}
              </span>
            </button>
            <Link to={`/people/${encodeURIComponent(person.id)}`} className="link shrink-0 text-xs" aria-label={`All about ${person.name}`}>
              Profile
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function PlacesList() {
  const { model } = useArticleContext();
  return (
    <>
      {model.places.length ? (
        <ul className="space-y-2">
          {model.places.map((place) => (
            <li key={place.id}>
              <Link to={`/places/${encodeURIComponent(place.id)}`} className="link font-semibold">
                {place.name}
              </Link>
              <span className="ml-1 text-xs text-stone-500 dark:text-stone-400">{place.kind}</span>
              {place.aliases.length > 0 && (
                <span className="block text-stone-600 dark:text-stone-400">also {place.aliases.join(", ")}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No places identified in this article.</Empty>
      )}
      <p className="mt-3 text-xs text-stone-500 dark:text-stone-400">Place coordinates from GeoNames (geonames.org), CC BY 4.0</p>
    </>
  );
}

function QuotesList() {
  const { model } = useArticleContext();
  const groups = new Map<string, Quote[]>();
  for (const q of model.article.quotes) {
    const key = q.speaker.personId ?? `name:${speakerName(q)}`;
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  if (!groups.size) return <Empty>No direct quotes in this article.</Empty>;
  return (
    <div className="space-y-4">
      {[...groups.values()].map((quotes) => (
        <section key={quotes[0]!.id} aria-label={speakerName(quotes[0]!)}>
          <h3 className="font-semibold">{speakerName(quotes[0]!)}</h3>
          <ul className="mt-1 space-y-2">
            {quotes.map((q) => {
              const note = attributionNote(q);
              return (
                <li key={q.id} className="border-l-2 border-amber-400 pl-2">
                  <Link to={{ hash: `#${q.id}` }} preventScrollReset className="block font-serif hover:underline">
                    {q.text.length > QUOTE_EXCERPT_CHARS ? `${q.text.slice(0, QUOTE_EXCERPT_CHARS).trimEnd()}…` : q.text}
                  </Link>
                  <span className="mt-0.5 flex items-center gap-2 text-xs text-stone-500 dark:text-stone-400">
                    {note && <span>{note}</span>}
                    <CiteButton quote={q} />
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
