// Peer for geokg's extraction benchmark: the compromise NLP library extracting
// only people, places and organizations from the same articles.
//
//   node compromise_extract.mjs [--max-bytes N] [--files-from LIST] [PATH...]
//
// PATHs are files or folders (recursive, *.md, *.txt); --files-from reads one
// path a line. Files are processed in sorted order; with --max-bytes, files are
// taken in that order until N input bytes are reached (a fixed, reproducible
// subset). YAML front matter ("---" ... "---") is stripped before nlp().
// Prints one JSON object on standard output:
//   {files, bytes, sentences, people, places, organizations, seconds}
// where bytes are the files' sizes on disk (the same bytes geokg is measured
// on) and seconds cover reading and processing (not node's start-up).
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

function usage(msg) {
    if (msg) process.stderr.write(`compromise_extract: ${msg}\n`);
    process.stderr.write('usage: node compromise_extract.mjs [--max-bytes N] [--files-from LIST] [PATH...]\n');
    process.exit(2);
}

const args = process.argv.slice(2);
let maxBytes = Infinity;
const inputs = [];
for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--max-bytes') {
        maxBytes = Number(args[++i]);
        if (!Number.isFinite(maxBytes) || maxBytes <= 0) usage('--max-bytes needs a positive number');
    } else if (a === '--files-from') {
        const list = args[++i];
        if (!list) usage('--files-from needs a file');
        for (const line of fs.readFileSync(list, 'utf8').split('\n')) if (line.trim()) inputs.push(line.trim());
    } else if (a === '-h' || a === '--help') {
        usage();
    } else {
        inputs.push(a);
    }
}
if (inputs.length === 0) usage('no input');

function walk(p, out) {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
        for (const e of fs.readdirSync(p)) walk(path.join(p, e), out);
    } else if (/\.(md|txt)$/i.test(p)) {
        out.push(p);
    }
}
const files = [];
for (const p of inputs) walk(p, files);
files.sort();

function stripFrontMatter(text) {
    if (!text.startsWith('---\n') && !text.startsWith('---\r\n')) return text;
    const end = text.indexOf('\n---', 4);
    if (end < 0) return text;
    const nl = text.indexOf('\n', end + 4);
    return nl < 0 ? '' : text.slice(nl + 1);
}

const t0 = process.hrtime.bigint();
let nFiles = 0, bytes = 0, sentences = 0, people = 0, places = 0, orgs = 0;
for (const f of files) {
    if (bytes >= maxBytes) break;
    const buf = fs.readFileSync(f);
    bytes += buf.length;
    nFiles++;
    const doc = nlp(stripFrontMatter(buf.toString('utf8')));
    sentences += doc.length;
    people += doc.people().out('array').length;
    places += doc.places().out('array').length;
    orgs += doc.organizations().out('array').length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(JSON.stringify({
    files: nFiles, bytes, sentences, people, places, organizations: orgs, seconds,
}) + '\n');
