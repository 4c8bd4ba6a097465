#!/usr/bin/python3
"""Validate the geokg knowledge base in data/ (stdlib only).

Usage: /usr/bin/python3 data/validate_kb.py [--strict]

Checks countries.json, organizations.json, treaties.json, places.json (and people.json
when present, for id uniqueness, references and surface clashes):
  * every file is valid JSON with a non-empty top-level "sources" array and "entries";
  * ids are unique across all files and well formed
    (country:XXX with an ISO alpha-3 code; org:/treaty:/place:/person: + lower-case ASCII slug);
  * every referenced id (members, parties, claimants, in, part_of, claimed_by, country,
    roles[].of, ambiguous_names targets) exists;
  * `kind` values are the documented ones;
  * no surface form (name, alias, demonym, capital, seat, body) maps to two different ids
    unless it is a key of countries.json "ambiguous_names" or is listed in the `ambiguous`
    list of every entry that uses it;
  * keys of ambiguous_names are not used as plain surfaces (unless flagged ambiguous
    by every entry using them); `ambiguous` items are surfaces
    of their own entry; generic_bodies do not repeat country-specific body names.
Exit status 1 on errors (warnings only fail with --strict). Prints counts at the end.
"""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['countries.json', 'organizations.json', 'treaties.json', 'places.json', 'people.json']
SLUG = re.compile(r'^(org|treaty|place|person):[a-z0-9]+(-[a-z0-9]+)*$')
CID = re.compile(r'^country:[A-Z]{3}$')
KINDS = {
    'organizations.json': {'alliance', 'intergovernmental', 'forum', 'party', 'agency', 'media',
                           'company', 'armed_group', 'other'},
    'treaties.json': {'treaty', 'trade_agreement', 'initiative', 'declaration', 'pact'},
    'places.json': {'islands', 'sea', 'strait', 'region', 'province', 'city', 'territory', 'border'},
}
SURFACE_FIELDS = ('aliases', 'demonyms', 'capitals', 'seats', 'bodies')


def main():
    strict = '--strict' in sys.argv
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append
    docs = {}
    for fn in FILES:
        p = os.path.join(HERE, fn)
        if not os.path.exists(p):
            if fn != 'people.json':
                err('%s: missing' % fn)
            continue
        try:
            with open(p, encoding='utf-8') as fh:
                docs[fn] = json.load(fh)
        except ValueError as ex:
            err('%s: invalid JSON: %s' % (fn, ex))
            continue
        d = docs[fn]
        if not isinstance(d, dict) or not d.get('sources'):
            err('%s: no top-level "sources"' % fn)
        if not isinstance(d.get('entries'), list) or not d['entries']:
            err('%s: no "entries"' % fn)

    ids = {}
    for fn, d in docs.items():
        for e in d.get('entries', []):
            i = e.get('id')
            if not i:
                err('%s: entry without id: %s' % (fn, str(e)[:80]))
                continue
            if i in ids:
                err('duplicate id %s (%s and %s)' % (i, ids[i], fn))
            ids[i] = fn
            if i.startswith('country:'):
                if not CID.match(i) or fn != 'countries.json':
                    err('%s: bad country id %s' % (fn, i))
            elif not SLUG.match(i):
                err('%s: bad id %s' % (fn, i))
            if fn in KINDS and e.get('kind') not in KINDS[fn]:
                err('%s: %s has kind %r' % (fn, i, e.get('kind')))
            if not e.get('name'):
                err('%s: %s has no name' % (fn, i))

    def ref(fn, owner, target, what):
        if target is None:
            return
        if not isinstance(target, str) or target not in ids:
            err('%s: %s.%s refers to unknown id %r' % (fn, owner, what, target))

    for fn, d in docs.items():
        for e in d.get('entries', []):
            i = e.get('id')
            for k in ('members', 'permanent_members', 'parties', 'claimants', 'claimed_by'):
                for t in e.get(k, []) or []:
                    ref(fn, i, t, k)
            for k in ('in', 'part_of', 'country'):
                ref(fn, i, e.get(k), k)
            for r in e.get('roles', []) or []:
                ref(fn, i, r.get('of'), 'roles.of')

    cdoc = docs.get('countries.json', {})
    amb_names = cdoc.get('ambiguous_names', {})
    for k, targets in amb_names.items():
        if len(targets) < 2:
            warn('ambiguous_names[%r] has fewer than two targets' % k)
        for t in targets:
            ref('countries.json', 'ambiguous_names', t, k)

    # surface map
    surf = defaultdict(set)
    amb_of = {}
    for fn, d in docs.items():
        for e in d.get('entries', []):
            i = e.get('id')
            forms = [e.get('name')]
            for k in SURFACE_FIELDS:
                forms += e.get(k, []) or []
            forms = [f for f in forms if f]
            for f in forms:
                surf[f].add(i)
            amb = e.get('ambiguous', []) or []
            amb_of[i] = set(amb)
            for a in amb:
                if a not in forms:
                    warn('%s: %s lists ambiguous %r which is not one of its surfaces' % (fn, i, a))
    conflicts = 0
    for f, owners in sorted(surf.items()):
        if len(owners) < 2:
            continue
        if f in amb_names:
            continue
        if all(f in amb_of.get(o, ()) for o in owners):
            continue
        conflicts += 1
        err('surface %r maps to %s' % (f, ', '.join(sorted(owners))))
    for k in amb_names:
        if k in surf and not all(k in amb_of.get(o, ()) for o in surf[k]):
            err('ambiguous_names key %r is also a plain surface of %s' % (k, ', '.join(sorted(surf[k]))))

    generic = {g.lower() for g in cdoc.get('generic_bodies', [])}
    for e in cdoc.get('entries', []):
        for b in e.get('bodies', []):
            if b.lower() in generic:
                warn('countries.json: %s body %r is also a generic body' % (e['id'], b))
    for b in cdoc.get('blocked_phrases', []):
        if b in surf:
            warn('blocked phrase %r is a surface of %s' % (b, ', '.join(sorted(surf[b]))))

    if cdoc:
        n = len(cdoc.get('entries', []))
        if n != 249:
            err('countries.json has %d entries, expected 249' % n)
        for e in cdoc.get('entries', []):
            if not e.get('capitals') and e['alpha3'] not in ('ATA', 'BVT', 'HMD', 'UMI', 'IOT', 'AIA', 'CCK', 'NFK', 'GIB'):
                warn('countries.json: %s has no capital' % e['id'])

    for w in warnings:
        print('WARNING:', w)
    for x in errors:
        print('ERROR:', x)
    for fn, d in docs.items():
        ents = d.get('entries', [])
        nal = sum(1 + len(e.get('aliases', []) or []) for e in ents)
        print('%-20s %4d entries, %5d names+aliases' % (fn, len(ents), nal))
    print('ids: %d, distinct surfaces: %d, ambiguous_names: %d, surface conflicts: %d, errors: %d, warnings: %d'
          % (len(ids), len(surf), len(amb_names), conflicts, len(errors), len(warnings)))
    sys.exit(1 if errors or (strict and warnings) else 0)


if __name__ == '__main__':
    main()
