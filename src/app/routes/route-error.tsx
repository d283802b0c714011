/**
 * The route error boundary: an id the archive does not list (bulletin, article,
 * person, place) is a not-found page; bad data (a listed file the server does
 * not have, HTML instead of JSON, wrong schema version, invalid) says what is
 * wrong and offers a retry.
 */
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { isDataError } from "../data/errors.ts";
import { dataKeys } from "../data/queries.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { NotFoundPage } from "./not-found.tsx";

const TITLES: Record<string, string> = {
  missing: "A data file is missing",
  "wrong-schema-version": "This data needs a different version of the reader",
  "not-json": "The data file is missing or broken",
  invalid: "The data file is not valid",
  network: "The data could not be loaded",
};

export function RouteError() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  if ((isDataError(error) && error.kind === "not-found") || (isRouteErrorResponse(error) && error.status === 404)) {
    return <NotFoundPage message={isDataError(error) ? error.message : undefined} />;
  }
  const title = (isDataError(error) && TITLES[error.kind]) || "Something went wrong";
  const detail = error instanceof Error ? error.message : "An unexpected error stopped this page from showing.";
  return <ErrorView title={title} detail={detail} onRetry={() => {
    queryClient.removeQueries({ queryKey: dataKeys.all });
    void revalidator.revalidate();
  }} />;
}

function ErrorView({ title, detail, onRetry }: { title: string; detail: string; onRetry: () => void }) {
  useDocumentMeta(title);
  return (
    <div role="alert" className="measure py-10">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-4 font-serif text-lg">{detail}</p>
      <div className="mt-8 flex gap-3">
        <button type="button" className="btn" onClick={onRetry}>
          Retry
        </button>
        <Link to="/" className="btn">
          Go to the archive
        </Link>
      </div>
    </div>
  );
}
