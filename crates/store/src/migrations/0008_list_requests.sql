-- Lists behind scripts: a list page may be a POST (Hanweb's jpage data proxy) or a
-- JSON answer (gkmlpt's list API), and `status` says which list mechanism found
-- each report.
-- The method and form body are part of a URL's identity: `urls.canon` of a POST
-- is `POST <canonical url> <form body>` (two pages of one proxy are two URLs),
-- and these columns say how to send it again. Rows from before are GETs.
ALTER TABLE urls ADD COLUMN method TEXT NOT NULL DEFAULT 'GET';
ALTER TABLE urls ADD COLUMN form_body TEXT;               -- application/x-www-form-urlencoded, POST only
-- The list mechanism that first found the URL: links | js_pager | datastore |
-- jpage_post | gkmlpt | rendered. NULL for rows from before this migration.
ALTER TABLE urls ADD COLUMN mechanism TEXT;
-- What was asked, as sent: the WARC `request` record carries the body.
ALTER TABLE captures ADD COLUMN method TEXT NOT NULL DEFAULT 'GET';
ALTER TABLE captures ADD COLUMN request_body BLOB;
