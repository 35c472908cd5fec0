// Parses Mermaid diagrams with Mermaid itself, for the tests (src/test/java/dev/triage/graph/MermaidParser.java).
// Reads a JSON array of diagram texts on stdin; writes a JSON array with, for each: whether mermaid.parse accepted
// it (and its error if not), and the nodes and edges Mermaid's flowchart parser built, with their label text as
// Mermaid will show it (its entity placeholders decoded).
import { JSDOM } from 'jsdom';

// Mermaid sanitises labels with DOMPurify, which needs a window even when nothing is drawn.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const decode = (text) => String(text ?? '')
  .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code) => String.fromCodePoint(Number(code)))
  .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_, name) => `&${name};`);

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  const result = { ok: false, error: null, type: null, vertices: [], edges: [] };
  try {
    result.type = (await mermaid.parse(text)).diagramType;
    result.ok = true;
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    if (typeof diagram.db.getVertices === 'function') {
      for (const [id, v] of diagram.db.getVertices()) {
        result.vertices.push({ id, text: decode(v.text), type: v.type ?? null, classes: v.classes ?? [] });
      }
      for (const e of diagram.db.getEdges()) {
        result.edges.push({ start: e.start, end: e.end, text: decode(e.text), style: e.style ?? [] });
      }
    }
  } catch (e) {
    result.error = String(e?.message ?? e).split('\n').slice(0, 4).join('\n');
  }
  results.push(result);
}
process.stdout.write(JSON.stringify(results));
