/** Download the view's current rows (as filtered) as CSV or JSON. */
import { absolute, tableCsv, tableJson, type ExportTable } from "../../views/export.ts";

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `table`: the rows as filtered; may first load the view's whole data. */
export function ExportButtons({ name, table }: { name: string; table: () => ExportTable | Promise<ExportTable> }) {
  const origin = () => absolute(window.location.origin, import.meta.env.BASE_URL.replace(/\/$/, ""));
  return (
    <div className="flex gap-2" role="group" aria-label="Export these rows">
      <button type="button" className="btn" onClick={async () => download(`${name}.csv`, "text/csv;charset=utf-8", tableCsv(await table(), origin()))}>
        Export CSV
      </button>
      <button type="button" className="btn" onClick={async () => download(`${name}.json`, "application/json", tableJson(await table(), origin()))}>
        Export JSON
      </button>
    </div>
  );
}
