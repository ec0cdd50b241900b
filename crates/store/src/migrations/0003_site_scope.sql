-- Sites keyed by (host, scope): several seeds may share a host when each crawls its
-- own column of a portal. `scope` is '' for the whole host (every site before this
-- migration), else the path prefix the site's crawl stays under (`/sthjj/`).
-- SQLite cannot drop a UNIQUE constraint, so the table is rebuilt (ids kept; the
-- migration runs with foreign keys off and checks them before it commits).
CREATE TABLE sites_v3 (
    id          INTEGER PRIMARY KEY,
    host        TEXT NOT NULL,                 -- lowercased: the unit of politeness
    scope       TEXT NOT NULL DEFAULT '',      -- '' = the whole host, else a path prefix ending in '/'
    name        TEXT NOT NULL,
    province    TEXT NOT NULL DEFAULT '',
    level       TEXT NOT NULL,
    seed_url    TEXT NOT NULL,
    extra_json  TEXT NOT NULL DEFAULT '{}',    -- seeds columns beyond the required ones
    explored_run_id INTEGER,                   -- last run that explored the site fully
    UNIQUE (host, scope)
);
INSERT INTO sites_v3(id, host, scope, name, province, level, seed_url, extra_json, explored_run_id)
    SELECT id, host, '', name, province, level, seed_url, extra_json, explored_run_id FROM sites;
DROP TABLE sites;
ALTER TABLE sites_v3 RENAME TO sites;
