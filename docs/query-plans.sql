-- The main filter shapes of the corpus queries (docs/query-plans.md): sqlite3 run/newswire.sqlite < docs/query-plans.sql
.print == events newest first, no filter
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article LEFT JOIN entities pl ON pl.id = e.location ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
.print == events --actor NAME
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE e.id IN (SELECT ea.event FROM event_actors ea WHERE ea.role = 'actor' AND ea.entity IN (SELECT entity FROM entity_aliases WHERE key = 'putin')) ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
.print == events --cameo 18,19 --from --to
EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE ((e.cameo >= '18' AND e.cameo < '18z') OR (e.cameo >= '19' AND e.cameo < '19z')) AND e.sort_date >= '2017-03-01' AND e.sort_date <= '2017-03-31' ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
.print == events --place NAME
EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE e.location IN (SELECT entity FROM entity_aliases WHERE key = 'syria') ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
.print == events --text
EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH '"strike"') ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
.print == sums by month with cameo
EXPLAIN QUERY PLAN SELECT substr(e.sort_date,1,7) AS key, COUNT(DISTINCT e.id) FROM events e WHERE ((e.cameo >= '18' AND e.cameo < '18z')) GROUP BY key;
.print == sums by actor
EXPLAIN QUERY PLAN SELECT CAST(ea.entity AS TEXT) AS key, COUNT(DISTINCT e.id) FROM events e LEFT JOIN event_actors ea ON ea.event = e.id AND ea.role = 'actor' LEFT JOIN entities en ON en.id = ea.entity GROUP BY key;
.print == actors of a page
EXPLAIN QUERY PLAN SELECT ea.event, ea.role, ea.entity, en.name FROM event_actors ea JOIN entities en ON en.id = ea.entity WHERE ea.event IN (1,2,3) ORDER BY ea.event, ea.position IS NULL, ea.position, ea.entity;
.print == quotes --speaker
EXPLAIN QUERY PLAN SELECT q.id FROM quotes q JOIN articles a ON a.docid = q.article LEFT JOIN entities sp ON sp.id = q.speaker WHERE (q.speaker IN (SELECT entity FROM entity_aliases WHERE key = 'putin') OR (q.speaker IS NULL AND q.speaker_key = 'putin')) ORDER BY q.published DESC, q.id DESC LIMIT 20;
.print == quotes --text
EXPLAIN QUERY PLAN SELECT q.id FROM quotes q WHERE q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '"korea"') ORDER BY q.published DESC, q.id DESC LIMIT 20;
.print == quotes --about
EXPLAIN QUERY PLAN SELECT q.id FROM quotes q WHERE q.article IN (SELECT m.article FROM mentions m WHERE m.entity IN (SELECT entity FROM entity_aliases WHERE key = 'trump')) AND EXISTS (SELECT 1 FROM mentions m WHERE m.article = q.article AND m.entity IN (SELECT entity FROM entity_aliases WHERE key = 'trump') AND m.start < COALESCE(q.sentence_end, q."end") AND m."end" > COALESCE(q.sentence_start, q.start)) ORDER BY q.published DESC, q.id DESC LIMIT 20;
.print == search listing --source
EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE instr(lower(a.source), 'aljazeera') > 0 ORDER BY a.published DESC, a.docid DESC LIMIT 20;
