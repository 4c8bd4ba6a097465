#!/usr/bin/python3
"""Build data/countries.json from Debian's iso-codes and data/country_extras.json.

Usage: /usr/bin/python3 data/build_countries.py [--iso PATH] [--out PATH]

Input:
  /usr/share/iso-codes/json/iso_3166-1.json   (Debian package iso-codes; all 249 entries)
  data/country_extras.json                     (hand-written: press names, aliases, demonyms,
                                                capitals, seats of power, national bodies,
                                                ambiguous surface forms, plus the top-level
                                                generic_bodies / ambiguous_names / blocked_phrases)
Output:
  data/countries.json, deterministic: entries sorted by alpha3, one entry per line.

Stdlib only. Every ISO entry must have an extras record (the script fails otherwise).
"""
import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ISO = '/usr/share/iso-codes/json/iso_3166-1.json'

# characters that NFKD does not decompose into ASCII
_FOLD = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ł': 'l', 'Ł': 'L',
         'đ': 'd', 'Đ': 'D', 'ı': 'i', '’': "'", '‘': "'", 'ʻ': "'", '–': '-', '—': '-'}


def ascii_fold(s):
    s = ''.join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))


def variants(forms):
    """forms + ASCII-folded forms + 'St.'/'St' spellings of 'Saint ...', order kept, deduplicated."""
    out = []

    def add(x):
        if x and x not in out:
            out.append(x)

    for f in forms:
        add(f)
        add(ascii_fold(f))
    for f in list(out):
        if f.startswith('Saint '):
            add('St. ' + f[6:])
            add('St ' + f[6:])
    return out


def dedupe(xs, drop=()):
    out = []
    for x in xs:
        if x and x not in out and x not in drop:
            out.append(x)
    return out


def build(iso_path, extras_path):
    with open(iso_path, encoding='utf-8') as fh:
        iso = json.load(fh)['3166-1']
    with open(extras_path, encoding='utf-8') as fh:
        extras = json.load(fh)
    ext = extras['countries']
    ambiguous_names = extras.get('ambiguous_names', {})
    missing = [e['alpha_3'] for e in iso if e['alpha_3'] not in ext]
    if missing:
        sys.exit('country_extras.json lacks: ' + ', '.join(missing))
    unknown = sorted(set(ext) - {e['alpha_3'] for e in iso})
    if unknown:
        sys.exit('country_extras.json has codes not in ISO 3166-1: ' + ', '.join(unknown))

    entries = []
    for rec in sorted(iso, key=lambda e: e['alpha_3']):
        a3 = rec['alpha_3']
        x = ext[a3]
        name = x.get('name') or rec.get('common_name') or rec['name']
        official = x.get('official_name') or rec.get('official_name') or rec['name']
        iso_forms = [rec['name'], official, rec.get('common_name', '')]
        aliases = variants(x.get('aliases', []) + [f for f in iso_forms if f])
        # the press name itself may need folding (Curaçao -> Curacao)
        aliases = dedupe(variants([name]) + aliases, drop={name} | set(ambiguous_names))
        e = {
            'id': 'country:' + a3,
            'alpha2': rec['alpha_2'],
            'alpha3': a3,
            'numeric': rec['numeric'],
            'name': name,
            'official_name': official,
            'iso_name': rec['name'],
            'aliases': aliases,
            'demonyms': dedupe(variants(x.get('demonyms', [])), drop=set(ambiguous_names)),
            'capitals': dedupe(variants(x.get('capitals', []))),
            'seats': dedupe(variants(x.get('seats', []))),
            'bodies': dedupe(variants(x.get('bodies', []))),
            'ambiguous': dedupe(variants(x.get('ambiguous', []))),
        }
        for k in ('part_of', 'claimed_by', 'un_member', 'un_observer'):
            if k in x:
                e[k] = x[k]
        entries.append(e)

    return {
        'sources': list(extras.get('sources', [])),
        'generated_by': 'data/build_countries.py from /usr/share/iso-codes/json/iso_3166-1.json + data/country_extras.json',
        'generic_bodies': sorted(set(extras.get('generic_bodies', []))),
        'ambiguous_names': {k: ambiguous_names[k] for k in sorted(ambiguous_names)},
        'blocked_phrases': sorted(set(extras.get('blocked_phrases', []))),
        'entries': entries,
    }


def dump(doc, path):
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('{\n')
        for k in ('sources', 'generated_by', 'generic_bodies', 'ambiguous_names', 'blocked_phrases'):
            fh.write(' %s: %s,\n' % (json.dumps(k), json.dumps(doc[k], ensure_ascii=False)))
        fh.write(' "entries": [\n')
        n = len(doc['entries'])
        for i, e in enumerate(doc['entries']):
            fh.write('  %s%s\n' % (json.dumps(e, ensure_ascii=False), ',' if i < n - 1 else ''))
        fh.write(' ]\n}\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--iso', default=DEFAULT_ISO)
    ap.add_argument('--extras', default=os.path.join(HERE, 'country_extras.json'))
    ap.add_argument('--out', default=os.path.join(HERE, 'countries.json'))
    a = ap.parse_args()
    doc = build(a.iso, a.extras)
    dump(doc, a.out)
    print('wrote %s: %d countries' % (a.out, len(doc['entries'])))


if __name__ == '__main__':
    main()
