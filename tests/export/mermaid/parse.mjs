// Reads a Mermaid flowchart on standard input with Mermaid's own parser and prints what
// it understood as JSON: {"type", "nodes": [{"id", "label"}], "edges": [{"from", "to", "label"}]}.
// A text Mermaid cannot parse prints the parser's message on standard error and exits with 1.
// Mermaid expects a browser, so jsdom stands in for one.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const text = readFileSync(0, "utf8");
try {
  const { diagramType } = await mermaid.parse(text);
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  const nodes = [...db.getVertices().values()].map((v) => ({ id: v.id, label: v.text }));
  const edges = db.getEdges().map((e) => ({ from: e.start, to: e.end, label: e.text }));
  console.log(JSON.stringify({ type: diagramType, nodes, edges }));
} catch (error) {
  console.error(String(error?.message ?? error).split("\n").slice(0, 3).join(" "));
  process.exit(1);
}
