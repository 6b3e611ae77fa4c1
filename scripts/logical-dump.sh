#!/usr/bin/env bash
# Prints every row a knowledge base holds as natural keys, one line each, sorted: two databases hold the same
# knowledge exactly when their dumps are equal, whatever their row ids, insertion order or ingest time.
#
#   scripts/logical-dump.sh KB.sqlite > kb.dump
#   diff <(scripts/logical-dump.sh single.sqlite) <(scripts/logical-dump.sh loaded.sqlite)
#
# An article is named by its content hash, an entity by kind and folded name, a quote by its article, part and
# start. Lines: A articles, E entities, L aliases, R roles, M mentions, Q quotes, S speakers, T targets.
# Text that may hold a line break is printed with \n in its place. Needs the sqlite3 shell.
set -euo pipefail
[ $# = 1 ] || { echo "usage: scripts/logical-dump.sh KB.sqlite" >&2; exit 64; }
[ -f "$1" ] || { echo "logical-dump: $1: no such file" >&2; exit 1; }
# -readonly: a dump never changes the database (nor leaves a journal beside it).
sqlite3 -readonly -batch -noheader -separator $'\t' "file:$1?mode=ro" "
  SELECT 'A', content_hash, source, coalesce(replace(title, char(10), '\n'), '<null>'), coalesce(replace(author, char(10), '\n'), '<null>'),
         coalesce(published, '<null>'), lang, length(body) FROM articles;
  SELECT 'E', kind, norm_name, name FROM entities;
  SELECT 'L', e.kind, e.norm_name, replace(a.norm_alias, char(10), '\n'), replace(a.alias, char(10), '\n') FROM entity_aliases a JOIN entities e ON e.id = a.entity_id;
  SELECT 'R', e.kind, e.norm_name, ar.content_hash, replace(r.norm_role, char(10), '\n'), replace(r.role, char(10), '\n') FROM entity_roles r
    JOIN entities e ON e.id = r.entity_id JOIN articles ar ON ar.id = r.article_id;
  SELECT 'M', a.content_hash, e.kind, e.norm_name, m.part, m.start, m.\"end\", replace(m.surface, char(10), '\n') FROM mentions m
    JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id;
  SELECT 'Q', a.content_hash, q.part, q.start, q.\"end\", q.kind, coalesce(q.cue, '<null>'), q.confidence,
         replace(q.text, char(10), '\n')
    FROM quotes q JOIN articles a ON a.id = q.article_id;
  SELECT 'S', a.content_hash, q.part, q.start, s.position, replace(s.surface, char(10), '\n'), coalesce(e.kind || ':' || e.norm_name, '<none>')
    FROM quote_speakers s JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities e ON e.id = s.entity_id;
  SELECT 'T', a.content_hash, q.part, q.start, e.kind, e.norm_name FROM quote_targets t
    JOIN quotes q ON q.id = t.quote_id JOIN articles a ON a.id = q.article_id JOIN entities e ON e.id = t.entity_id;
" | LC_ALL=C sort
