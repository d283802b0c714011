import { describe, expect, it } from "vitest";
import { stageFiles } from "./stage-preload.ts";

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) =>
  ({ type: "chunk", fileName, imports, dynamicImports }) as const;

describe("stageFiles", () => {
  it("lists the entry's stages and what they import, but not the routes they load later", () => {
    const entry = chunk("assets/index.js", ["assets/css-helper.js"], ["assets/react.js", "assets/router.js", "assets/start-app.js"]);
    const bundle = {
      [entry.fileName]: entry,
      "assets/css-helper.js": chunk("assets/css-helper.js"),
      "assets/react.js": chunk("assets/react.js"),
      "assets/router.js": chunk("assets/router.js", ["assets/react.js"]),
      "assets/start-app.js": chunk("assets/start-app.js", ["assets/router.js", "assets/schema.js", "assets/index.js"], ["assets/article.js"]),
      "assets/schema.js": chunk("assets/schema.js"),
      "assets/article.js": chunk("assets/article.js", ["assets/format.js"]),
      "assets/format.js": chunk("assets/format.js"),
      "assets/index.css": { type: "asset" as const },
    };
    expect(stageFiles(entry, bundle)).toEqual(["assets/react.js", "assets/router.js", "assets/start-app.js", "assets/schema.js"]);
  });
});
