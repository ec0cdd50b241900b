-- The archive: every fetch is a capture; bodies are stored once per sha256.
CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    host        TEXT NOT NULL UNIQUE,          -- the crawl scope, lowercased
    name        TEXT NOT NULL,
    province    TEXT NOT NULL DEFAULT '',
    level       TEXT NOT NULL,
    seed_url    TEXT NOT NULL,
    extra_json  TEXT NOT NULL DEFAULT '{}',    -- seeds columns beyond the four required
    explored_run_id INTEGER                    -- last run that explored the site fully
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,                 -- crawl | backfill
    status      TEXT NOT NULL,                 -- running | finished
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    years_from  INTEGER,
    years_to    INTEGER,
    max_pages   INTEGER,
    pid         INTEGER,
    summary_json TEXT
);

CREATE TABLE bodies (
    sha256      TEXT PRIMARY KEY,              -- hex of the body exactly as received
    size        INTEGER NOT NULL,
    zstd        BLOB NOT NULL
);

-- Every URL the crawler has known, by canonical key.
CREATE TABLE urls (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    canon       TEXT NOT NULL UNIQUE,
    url         TEXT NOT NULL,                 -- as first found (what is fetched)
    role        TEXT NOT NULL,                 -- seed | list | report | attachment | other
    year_hint   INTEGER,
    anchor      TEXT,
    pager_index INTEGER,                       -- position in a paginated list (0 = first page)
    etag        TEXT,
    last_modified TEXT,
    last_capture_id INTEGER,
    last_sha256 TEXT,
    last_status INTEGER
);
CREATE INDEX urls_site_role ON urls(site_id, role);

-- What a run has to fetch and what it has fetched: resuming a killed run continues here.
CREATE TABLE frontier (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    url_id      INTEGER NOT NULL REFERENCES urls(id),
    site_id     INTEGER NOT NULL,
    depth       INTEGER NOT NULL,
    priority    INTEGER NOT NULL,
    state       INTEGER NOT NULL DEFAULT 0,    -- 0 queued, 1 done, 2 failed, 3 skipped
    revisit     INTEGER NOT NULL DEFAULT 0,    -- 1: known URL rechecked with a conditional request
    pager_group TEXT,                          -- list pages generated from one pager
    PRIMARY KEY (run_id, url_id)
) WITHOUT ROWID;
CREATE INDEX frontier_next ON frontier(run_id, site_id, state, priority DESC, depth);

CREATE TABLE captures (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES runs(id),
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    url_id          INTEGER REFERENCES urls(id),
    requested_url   TEXT NOT NULL,
    final_url       TEXT NOT NULL,             -- where the bytes were finally served from
    redirects_json  TEXT NOT NULL DEFAULT '[]',-- [{"url":…,"status":301,"location":…}, …]
    request_headers TEXT NOT NULL,             -- as sent, "Name: value\r\n" lines
    status          INTEGER NOT NULL,
    http_version    TEXT NOT NULL,
    response_headers TEXT NOT NULL,            -- as received, "Name: value\r\n" lines
    fetched_at      TEXT NOT NULL,             -- RFC 3339 UTC, when the request was sent
    elapsed_ms      INTEGER NOT NULL,
    content_type    TEXT,
    content_encoding TEXT,
    charset         TEXT,
    charset_source  TEXT,
    truncated       INTEGER NOT NULL DEFAULT 0,
    tls_invalid_accepted INTEGER NOT NULL DEFAULT 0,
    sha256          TEXT REFERENCES bodies(sha256),  -- NULL for an empty body (304)
    bytes           INTEGER NOT NULL DEFAULT 0,
    decoded_bytes   INTEGER,
    revisit_of      INTEGER REFERENCES captures(id), -- same payload as this earlier capture (unchanged or 304)
    role            TEXT,
    likely_report   INTEGER NOT NULL DEFAULT 0,
    title           TEXT,
    year_hint       INTEGER
);
CREATE INDEX captures_site ON captures(site_id, run_id);
CREATE INDEX captures_url ON captures(url_id);
CREATE INDEX captures_sha ON captures(sha256);

-- Fetches that produced no capture (or whose response is not the page: WAF challenges, 429s).
CREATE TABLE failures (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    url         TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- robots | waf | rate_limited | timeout | tls | connect | dns | egress | redirect | http | body
    detail      TEXT NOT NULL,
    status      INTEGER,
    at          TEXT NOT NULL
);
CREATE INDEX failures_site ON failures(site_id, run_id);

-- Links that leave a site's scope: recorded, never fetched.
CREATE TABLE offscope_links (
    run_id      INTEGER NOT NULL,
    site_id     INTEGER NOT NULL,
    url         TEXT NOT NULL,
    PRIMARY KEY (run_id, url)
) WITHOUT ROWID;
