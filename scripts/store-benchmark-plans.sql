-- EXPLAIN QUERY PLAN of the query shapes the benchmark's targets depend on (scripts/store-benchmark.sh runs it on
-- the benchmark's database after ANALYZE). The SQL follows Sources/Storage as of migration v3-upsert; parameters
-- are literals here ('18z' stands for the upper bound '18' || char(0x10FFFF)).
.echo on
-- events, no filter: count, then newest first (events_sort walked backwards: 20 rows read)
EXPLAIN QUERY PLAN SELECT COUNT(*) FROM events e;
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article LEFT JOIN entities pl ON pl.id = e.location ORDER BY e.sort_date DESC, e.id DESC LIMIT 20 OFFSET 0;
-- events --cameo, many matches: the code test as +e.cameo, so events_sort (sort_date, id, cameo) is walked and tested without reading rows
EXPLAIN QUERY PLAN SELECT COUNT(*) FROM events e WHERE ((e.cameo >= '18' AND e.cameo < '18z') OR (e.cameo >= '19' AND e.cameo < '19z'));
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE ((+e.cameo >= '18' AND +e.cameo < '18z') OR (+e.cameo >= '19' AND +e.cameo < '19z')) ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events --cameo, few matches (<= 2,000): the code's range of events_cameo, then sorted
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE ((e.cameo >= '190' AND e.cameo < '190z')) ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events, actor by any spelling
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE e.id IN (SELECT ea.event FROM event_actors ea WHERE ea.role = 'actor' AND ea.entity IN (SELECT entity FROM entity_aliases WHERE key = 'donald trump')) ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events, date range
EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.docid = e.article WHERE e.sort_date >= '2015-01-01' AND e.sort_date <= '2015-02-01' ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- events, words of the sentence
EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'attack') ORDER BY e.sort_date DESC, e.id DESC LIMIT 20;
-- quotes --speaker: a UNION ALL of quotes_speaker and the partial quotes_speaker_key (as an OR, ANALYZE made the planner read every quote without a speaker entity)
EXPLAIN QUERY PLAN SELECT q.id FROM quotes q WHERE q.id IN (SELECT id FROM quotes WHERE speaker IN (SELECT entity FROM entity_aliases WHERE key = 'donald trump') UNION ALL SELECT id FROM quotes INDEXED BY quotes_speaker_key WHERE speaker IS NULL AND speaker_key = 'donald trump') ORDER BY q.published DESC, q.id DESC LIMIT 20;
-- quotes --about: count and page from quote_about alone, then the page's quotes by primary key
EXPLAIN QUERY PLAN SELECT COUNT(DISTINCT qa.quote) FROM quote_about qa WHERE qa.entity IN (SELECT entity FROM entity_aliases WHERE key = 'donald trump');
EXPLAIN QUERY PLAN WITH page AS (SELECT DISTINCT qa.published, qa.quote FROM quote_about qa WHERE qa.entity IN (SELECT entity FROM entity_aliases WHERE key = 'donald trump') ORDER BY qa.published DESC, qa.quote DESC LIMIT 20) SELECT q.text FROM page JOIN quotes q ON q.id = page.quote JOIN articles a ON a.docid = q.article ORDER BY page.published DESC, page.quote DESC;
-- entity profile: totals, per day, aliases, co-occurring entities, events as actor
EXPLAIN QUERY PLAN SELECT COUNT(*), SUM(mentions), MIN(day), MAX(day) FROM entity_articles WHERE entity = 1;
EXPLAIN QUERY PLAN SELECT day, SUM(mentions), COUNT(*) FROM entity_articles WHERE entity = 1 AND day IS NOT NULL GROUP BY day ORDER BY day;
EXPLAIN QUERY PLAN SELECT form, mentions FROM entity_form_counts WHERE entity = 1 AND form <> '' ORDER BY mentions DESC, form LIMIT 10;
EXPLAIN QUERY PLAN SELECT b.entity, COUNT(*) FROM entity_articles a JOIN entity_articles b ON b.article = a.article AND b.entity <> a.entity WHERE a.entity = 1 GROUP BY b.entity;
EXPLAIN QUERY PLAN SELECT e.id FROM event_actors ea JOIN events e ON e.id = ea.event WHERE ea.entity = 1 AND ea.role = 'actor' ORDER BY e.event_day IS NULL, e.event_day DESC, e.id DESC LIMIT 10;
-- timeline --cameo: a covering range of events_cameo (cameo, event_day, article, fatalities)
EXPLAIN QUERY PLAN SELECT e.event_day, COUNT(*), COUNT(DISTINCT e.article), SUM(e.fatalities) FROM events e WHERE ((e.cameo >= '18' AND e.cameo < '18z') OR (e.cameo >= '19' AND e.cameo < '19z')) GROUP BY e.event_day;
-- timeline WORDS: FTS hits, days from articles_day (docid, published), events from events_article (article, event_day, fatalities)
EXPLAIN QUERY PLAN SELECT substr(a.published, 1, 10) AS bucket, COUNT(*) FROM articles_fts JOIN articles a INDEXED BY articles_day ON a.docid = articles_fts.rowid WHERE articles_fts MATCH 'attack' GROUP BY bucket;
EXPLAIN QUERY PLAN WITH hits AS (SELECT rowid AS docid FROM articles_fts WHERE articles_fts MATCH 'attack') SELECT e.event_day, COUNT(*), SUM(e.fatalities) FROM hits JOIN events e ON e.article = hits.docid GROUP BY e.event_day;
-- timeline --entity
EXPLAIN QUERY PLAN SELECT day, COUNT(*), SUM(mentions) FROM entity_articles WHERE entity = 1 AND day IS NOT NULL GROUP BY day;
-- search, words
EXPLAIN QUERY PLAN SELECT a.id FROM articles_fts JOIN articles a ON a.docid = articles_fts.rowid WHERE articles_fts MATCH 'attack' ORDER BY bm25(articles_fts) LIMIT 20;
-- v4-store7: the tables kept at upsert time
-- profile totals and per day from entity_stats / entity_days (one row per entity and day, not per article)
EXPLAIN QUERY PLAN SELECT COALESCE((SELECT articles FROM entity_stats WHERE entity = 1), 0), (SELECT MIN(day) FROM entity_days WHERE entity = 1 AND articles > 0);
EXPLAIN QUERY PLAN SELECT day, mentions, articles FROM entity_days WHERE entity = 1 AND articles > 0 ORDER BY day;
-- profile co-occurring entities from the kept pairs of a hot entity
EXPLAIN QUERY PLAN WITH ranked AS (SELECT e.id, e.type, p.articles, ROW_NUMBER() OVER (PARTITION BY e.type ORDER BY p.articles DESC, e.name, e.id) AS rank FROM entity_pairs p JOIN entities e ON e.id = p.b WHERE p.a = 1 AND p.articles > 0) SELECT id FROM ranked WHERE rank <= 10;
-- timeline --entity from entity_days
EXPLAIN QUERY PLAN SELECT substr(day, 1, 7) AS bucket, SUM(articles), SUM(mentions) FROM entity_days WHERE entity = 1 AND articles > 0 AND day IS NOT NULL AND day >= '2017-01-01' GROUP BY bucket;
-- graph: top nodes from entity_stats_articles, edges among them by primary key lookups of both lists
EXPLAIN QUERY PLAN SELECT s.entity FROM entity_stats s JOIN entities e ON e.id = s.entity WHERE 1 ORDER BY s.articles DESC, s.entity LIMIT 200;
EXPLAIN QUERY PLAN SELECT p.a, p.b, p.articles FROM entity_pairs p WHERE p.a IN (SELECT value FROM json_each('[1,2,3]')) AND p.b IN (SELECT value FROM json_each('[1,2,3]')) AND p.a < p.b;
-- graph --kind events without bounds from event_edges
EXPLAIN QUERY PLAN SELECT g.source, g.target, g.events, g.fatalities FROM event_edges g JOIN entities sa ON sa.id = g.source JOIN entities ta ON ta.id = g.target;
-- graph with day bounds: the days' rows of entity_articles
EXPLAIN QUERY PLAN SELECT ea.article, 0, ea.entity FROM entity_articles ea INDEXED BY entity_articles_day WHERE ea.day IS NOT NULL AND ea.day >= '2017-01-01' AND ea.day <= '2017-01-31' AND ea.entity IN (SELECT value FROM json_each('[1,2]')) ORDER BY ea.article;
