-- What a person needs to judge an off-scope link as a site to seed: the link's
-- text (anchor, jump-menu option or title), the page it was on, and the heading of
-- the block it sits in (`市州生态环境局`, `友情链接`). Rows from before this
-- migration have none of it.
ALTER TABLE offscope_links ADD COLUMN anchor TEXT NOT NULL DEFAULT '';
ALTER TABLE offscope_links ADD COLUMN source_url TEXT NOT NULL DEFAULT '';
ALTER TABLE offscope_links ADD COLUMN block_heading TEXT;
