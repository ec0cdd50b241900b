-- What a person needs to judge an off-scope link as a site to seed: the link's
-- text (anchor, jump-menu option or title), the page it was on, and the heading of
-- the block it sits in (`市州生态环境局`, `友情链接`). Rows from before this
-- migration have none of it.
-- Keyed per site as well: how many sites link a body is evidence too, and the old
-- key (run, url) kept only the first site's row. SQLite cannot change a primary
-- key, so the table is rebuilt.
CREATE TABLE offscope_links_v6 (
    run_id        INTEGER NOT NULL,
    site_id       INTEGER NOT NULL,
    url           TEXT NOT NULL,
    anchor        TEXT NOT NULL DEFAULT '',   -- link text, option text or title
    source_url    TEXT NOT NULL DEFAULT '',   -- the page that linked it
    block_heading TEXT,                       -- the heading of the link's block
    PRIMARY KEY (run_id, site_id, url)
) WITHOUT ROWID;
INSERT INTO offscope_links_v6(run_id, site_id, url)
    SELECT run_id, site_id, url FROM offscope_links;
DROP TABLE offscope_links;
ALTER TABLE offscope_links_v6 RENAME TO offscope_links;
