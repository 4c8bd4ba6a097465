// Reads geokg's graph.graphml and graph.gexf with graphology (the graph library
// under Gephi Lite and sigma.js) and compares them with graph.json of the same
// export, which test_export_readers.py checks against the triples.
//
//   node test_graphology.mjs DIR...      (each DIR written by `geokg build -o DIR`)
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';

let passed = 0;
let failed = 0;
const show = (x) => {
  const s = JSON.stringify(x);
  return s && s.length > 200 ? `${s.slice(0, 200)}... (${s.length} chars)` : s;
};
function check(cond, what) {
  if (cond) passed++;
  else {
    failed++;
    console.log(`FAIL [graphology] ${what}`);
  }
  return cond;
}
function eq(got, want, what) {
  return check(got === want, `${what}: got ${show(got)}, want ${show(want)}`);
}
const joined = (list) => (list.length ? list.join('|') : undefined);

function checkGraph(g, json, format, dir) {
  const tag = `${format} ${path.basename(dir)}`;
  eq(g.type, json.directed ? 'directed' : 'undirected', `${tag}: type`);
  eq(g.order, json.nodes.length, `${tag}: nodes`);
  eq(g.size, json.links.length, `${tag}: edges`);
  for (const n of json.nodes) {
    if (!check(g.hasNode(n.id), `${tag}: node ${show(n.id)}`)) continue;
    const a = g.getNodeAttributes(n.id);
    eq(a.label, n.label, `${tag}: label of ${show(n.id)}`);
    eq(a.type, n.type, `${tag}: type of ${show(n.id)}`);
    eq(a.mentions, n.mentions, `${tag}: mentions of ${show(n.id)}`);
    eq(a.articles, n.articles, `${tag}: articles of ${show(n.id)}`);
    eq(a.size, n.size, `${tag}: size of ${show(n.id)}`);
    check(typeof a.color === 'string' && a.color.length > 0, `${tag}: colour of ${show(n.id)}`);
  }
  for (const e of json.links) {
    if (!check(g.hasEdge(e.id), `${tag}: edge ${show(e.id)}`)) continue;
    const a = g.getEdgeAttributes(e.id);
    eq(g.source(e.id), e.source, `${tag}: source of ${show(e.id)}`);
    eq(g.target(e.id), e.target, `${tag}: target of ${show(e.id)}`);
    eq(a.label, e.relation, `${tag}: label of ${show(e.id)}`);
    eq(a.relation, e.relation, `${tag}: relation of ${show(e.id)}`);
    eq(a.class, e.class, `${tag}: class of ${show(e.id)}`);
    eq(a.weight, e.weight, `${tag}: weight of ${show(e.id)}`);
    check(a.weight > 0, `${tag}: weight of ${show(e.id)} > 0`);
    eq(a.count, e.count, `${tag}: count of ${show(e.id)}`);
    eq(a.score, e.score, `${tag}: score of ${show(e.id)}`);
    eq(a.confidence, e.confidence, `${tag}: confidence of ${show(e.id)}`);
    eq(a.first_date, e.first_date ?? undefined, `${tag}: first_date of ${show(e.id)}`);
    eq(a.dates, joined(e.dates), `${tag}: dates of ${show(e.id)}`);
    eq(a.sources, joined(e.sources), `${tag}: sources of ${show(e.id)}`);
    eq(a.evidence, e.evidence || undefined, `${tag}: evidence of ${show(e.id)}`);
    if (format === 'GEXF') eq(a.kind, e.relation, `${tag}: kind of ${show(e.id)}`);
  }
}

const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error('usage: node test_graphology.mjs DIR...');
  process.exit(2);
}
for (const dir of dirs) {
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8'));
  try {
    checkGraph(graphml.parse(Graph, fs.readFileSync(path.join(dir, 'graph.graphml'), 'utf8')), json, 'GraphML', dir);
  } catch (err) {
    check(false, `graphology-graphml cannot read ${dir}/graph.graphml: ${err}`);
  }
  try {
    checkGraph(gexf.parse(Graph, fs.readFileSync(path.join(dir, 'graph.gexf'), 'utf8')), json, 'GEXF', dir);
  } catch (err) {
    check(false, `graphology-gexf cannot read ${dir}/graph.gexf: ${err}`);
  }
}
console.log(`graphology: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
