-- EXPLAIN QUERY PLAN of the main query shapes (scripts/store-benchmark.sh runs it on the benchmark's database).
-- The SQL follows Sources/Storage (SQLiteStore+Events/Quotes/Search/Upsert.swift) as of the commit that adds this
-- file; parameters are literals here. Upsert's tidy step comes first: it is what limits the upsert rate.
.echo on
-- upsert: tidyEntities re-picks an entity's display name from ALL its mentions, for every entity an article touches
EXPLAIN QUERY PLAN SELECT name FROM mentions WHERE entity = 1 GROUP BY name ORDER BY COUNT(*) DESC, LENGTH(name) DESC, name LIMIT 1;
-- events, no filter: count, then newest first
EXPLAIN QUERY PLAN SELECT COUNT(*) FROM events e;
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article LEFT JOIN entities pl ON pl.id = e.location ORDER BY e.sort_date DESC, e.id DESC LIMIT 20 OFFSET 0;
-- events, cameo prefix
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE (e.cameo LIKE '18%' OR e.cameo LIKE '19%') ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events, actor by any spelling
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE e.id IN (SELECT ea.event FROM event_actors ea WHERE ea.role = 'actor' AND ea.entity IN (SELECT entity FROM entity_aliases WHERE key = 'donald trump')) ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events, date range
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE e.sort_date >= '2015-01-01' AND e.sort_date <= '2015-02-01' ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events, words of the sentence
EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'attack') ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- quotes, speaker
EXPLAIN QUERY PLAN SELECT q.id FROM quotes q JOIN articles a ON a.docid = q.article WHERE q.speaker IN (SELECT entity FROM entity_aliases WHERE key = 'donald trump') ORDER BY q.published DESC, q.id DESC LIMIT 20;
-- search, words
EXPLAIN QUERY PLAN SELECT a.id FROM articles_fts JOIN articles a ON a.docid = articles_fts.rowid WHERE articles_fts MATCH 'attack' ORDER BY bm25(articles_fts) LIMIT 20;
-- profile/timeline: per-entity rows kept by triggers
EXPLAIN QUERY PLAN SELECT day, COUNT(*), SUM(mentions) FROM entity_articles WHERE entity = 1 GROUP BY day;
