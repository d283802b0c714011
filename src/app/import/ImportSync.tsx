/**
 * Keeps this tab's archive and list of imports in step with the app's other
 * tabs: when one adds or removes imports, this one shows storage as it now is,
 * without a reload (src/import/imports-channel.ts).
 */
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { dataKeys } from "../data/queries.ts";
import { importsChannel, refresh } from "./import-controller.ts";

export function ImportSync() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      importsChannel().subscribe((change) => {
        if (change.type === "removed") queryClient.removeQueries({ queryKey: dataKeys.bulletin(change.id) });
        void refresh(queryClient).catch(() => undefined);
      }),
    [queryClient],
  );
  return null;
}
