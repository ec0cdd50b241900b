//! Lists behind scripts, in the crawl: which platform list requests a page implies
//! (a gkmlpt catalogue's JSON API, a Hanweb column's jpage `POST`), how far they
//! are paged in this run, and what an answer lists. (Which list mechanism found
//! each link, what `status` shows per site, is [`policy`](super::policy)'s.)
//!
//! Pure functions over the page's bytes and the [`LinkPolicy`]; the recognisers
//! themselves are `nianbao_discover::platform`'s. A list request is an ordinary
//! frontier entry (a `POST` carries its form body, and its seen-set key names
//! method and body), so the site orchestrator fetches it paced, robots-checked and
//! scope-checked like any page; the only `POST`s ever queued are built here, from
//! the list queries these two platforms' own scripts send.
//!
//! How far a list is paged: `backfill` and a first exploration page to the end
//! (a backfill with `--years` stops once a page lists only older reports); the
//! nightly pass asks only the first `nightly_list_pages` pages, and rechecks only
//! the first page of a `POST` list (a `POST` has no conditional form).

use nianbao_discover::canon;
use nianbao_discover::links::{Link, LinkSource};
use nianbao_discover::platform::{self, gkmlpt, jpage};
use nianbao_discover::score::{self, Role};
use url::Url;

use super::page::Parsed;
use super::policy::LinkPolicy;
use crate::store::{FrontierItem, ListMechanism, Mode, NewLink, PageRole};

/// Is `item` a platform list request (a gkmlpt API page, a jpage `POST`)? Its
/// answer is a list page whatever it looks like (JSON, XML).
pub(crate) fn is_list_request(item: &FrontierItem, url: &Url) -> bool {
    item.role == PageRole::List
        && (item.form_body.is_some()
            || (item.mechanism == Some(ListMechanism::Gkmlpt)
                && gkmlpt::api_position(url).is_some()))
}

/// A gkmlpt API answer's articles, as links (title as anchor text), when `item`
/// asked the API and `body` is its JSON answer.
pub(crate) fn api_answer(item: &FrontierItem, url: &Url, body: &[u8]) -> Option<gkmlpt::ApiPage> {
    if item.form_body.is_some() || !is_list_request(item, url) {
        return None;
    }
    gkmlpt::parse_answer(body, url)
}

pub(crate) fn api_links(page: &gkmlpt::ApiPage) -> Vec<Link> {
    page.articles
        .iter()
        .map(|(url, title)| Link {
            url: url.clone(),
            anchor: title.clone(),
            source: LinkSource::Anchor,
            block_heading: None,
        })
        .collect()
}

/// The platform list requests a page implies, within this run's paging: the
/// first page of each report column of a gkmlpt catalogue, the first `POST` of a
/// jpage column, the next page of a list answer.
///
/// `page_url` is where the body came from, `body` its payload (decoded of any
/// Content-Encoding), `parsed` its parse (what the page or answer lists, its title).
pub(crate) fn list_requests(
    policy: &LinkPolicy,
    item: &FrontierItem,
    page_url: &Url,
    body: &[u8],
    content_type: Option<&str>,
    parsed: &Parsed,
    api: Option<&gkmlpt::ApiPage>,
) -> Vec<NewLink> {
    let links = &parsed.links;
    let mut out = Vec::new();
    let next_index = item.pager_index.unwrap_or(0) + 1;
    if let Some(page) = api {
        if pages_on(policy, next_index, links) {
            if let Some(next) = gkmlpt::next_page(page_url, page) {
                let group = item.pager_group.clone().unwrap_or_default();
                out.extend(request(
                    policy,
                    item,
                    next,
                    None,
                    group,
                    next_index,
                    0,
                    ListMechanism::Gkmlpt,
                ));
            }
        }
        return out;
    }
    if let Some(form) = &item.form_body {
        if pages_on(policy, next_index, links) {
            let text = String::from_utf8_lossy(body);
            if let Some(next) = jpage::next_after(page_url, &text) {
                let group = item.pager_group.clone().unwrap_or_default();
                out.extend(request(
                    policy,
                    item,
                    next,
                    Some(form.clone()),
                    group,
                    next_index,
                    0,
                    ListMechanism::JpagePost,
                ));
            }
        }
        return out;
    }
    let found = platform::markers(body);
    let gk = found.gkmlpt && gkmlpt::base_of(page_url).is_some();
    let jp = found.jpage;
    if !gk && !jp {
        return out;
    }
    let (text, _) = nianbao_extract::decode::decode_html(body, content_type);
    if gk {
        if let Some(cat) = gkmlpt::catalogue(&text, page_url) {
            for col in cat.report_columns() {
                if let Some(url) = cat.api_url(&col.id, 1) {
                    let group = format!("gkmlpt:{}{}", cat.base.path(), col.id);
                    out.extend(request(
                        policy,
                        item,
                        url,
                        None,
                        group,
                        0,
                        1,
                        ListMechanism::Gkmlpt,
                    ));
                }
            }
        }
    }
    if jp && jpage_column_wanted(parsed.title.as_deref(), item, page_url) {
        if let Some(list) = jpage::list(&text, page_url) {
            let first = list.first();
            let column = list
                .fields
                .iter()
                .find(|(k, _)| k == "columnid")
                .map_or("", |(_, v)| v.as_str());
            let group = format!("jpage:{}:{column}", list.proxy.path());
            out.extend(request(
                policy,
                item,
                first.url,
                Some(first.form),
                group,
                0,
                0,
                ListMechanism::JpagePost,
            ));
        }
    }
    out
}

/// A jpage column is posted to when it looks like a report (or disclosure)
/// column: by its page title, or by the link that led to it.
fn jpage_column_wanted(title: Option<&str>, item: &FrontierItem, page_url: &Url) -> bool {
    let by_title = title.is_some_and(|t| platform::column_score(t, page_url).is_some());
    by_title || item.priority >= score::PRIO_DISCLOSURE_LIST
}

/// Whether this run asks for list page `index` (0 = the first) after a page
/// listing `links`: a nightly pass the first pages only; a backfill with
/// `--years` stops after a page whose reports are all older than asked.
pub(crate) fn pages_on(policy: &LinkPolicy, index: i64, links: &[Link]) -> bool {
    match policy.mode {
        Mode::Nightly => index < i64::from(policy.nightly_list_pages),
        Mode::Explore => true,
        Mode::Backfill => {
            let Some((from, _)) = policy.years else {
                return true;
            };
            let years: Vec<i32> = links
                .iter()
                .filter(|l| score::score_link(l).0 == Role::Report)
                .filter_map(|l| score::year_hint(&l.anchor))
                .collect();
            years.is_empty() || years.iter().any(|&y| y >= from)
        }
    }
}

/// One list request as a frontier entry, if the site's scope and depth admit it.
#[allow(clippy::too_many_arguments)]
fn request(
    policy: &LinkPolicy,
    item: &FrontierItem,
    url: Url,
    form: Option<String>,
    group: String,
    index: i64,
    deeper: u32,
    mechanism: ListMechanism,
) -> Option<NewLink> {
    if !canon::same_host(&url, &policy.seed) || !policy.scope.admits(&url, &policy.seed) {
        return None;
    }
    let depth = item.depth + deeper;
    if depth > policy.max_depth {
        return None;
    }
    let canon = match &form {
        Some(f) => canon::post_key(&url, f),
        None => canon::canonical_key(&url),
    };
    Some(NewLink {
        canon,
        url: url.to_string(),
        role: PageRole::List,
        year_hint: None,
        anchor: String::new(),
        depth,
        priority: item.priority.max(score::PRIO_PAGER),
        pager_group: Some(group),
        pager_index: Some(index),
        requeue_known: policy.requeue_known(PageRole::List),
        form_body: form,
        mechanism,
    })
}

#[cfg(test)]
mod tests {
    use super::super::policy::mechanism_of;
    use super::*;
    use crate::seeds::Scope;

    const SEED: &str = "http://www.sz.gov.cn/sthjj/";

    fn policy(mode: Mode, years: Option<(i32, i32)>) -> LinkPolicy {
        LinkPolicy {
            seed: Url::parse(SEED).unwrap(),
            scope: Scope::Prefix("/sthjj/".into()),
            mode,
            years,
            max_depth: 8,
            nightly_list_pages: 2,
        }
    }

    fn item(url: &str, mechanism: Option<ListMechanism>, form: Option<&str>) -> FrontierItem {
        FrontierItem {
            url_id: 1,
            url: url.into(),
            role: PageRole::List,
            depth: 1,
            priority: 80,
            revisit: false,
            year_hint: None,
            pager_group: Some("g".into()),
            pager_index: Some(0),
            etag: None,
            last_modified: None,
            last_capture_id: None,
            last_sha256: None,
            form_body: form.map(str::to_owned),
            mechanism,
        }
    }

    fn report(year: i32) -> Link {
        Link {
            url: Url::parse(&format!(
                "http://www.sz.gov.cn/sthjj/gkmlpt/content/0/4/post_{year}.html"
            ))
            .unwrap(),
            anchor: format!("深圳市生态环境局{year}年政府信息公开工作年度报告"),
            source: LinkSource::Anchor,
            block_heading: None,
        }
    }

    fn listing(links: Vec<Link>) -> Parsed {
        Parsed {
            html: true,
            links,
            ..Parsed::default()
        }
    }

    const CATALOGUE: &str = "<script>window._CONFIG = {SID: '755', TREE: [{\"id\":3,\"name\":\"工作动态\"},{\"id\":4,\"name\":\"政府信息公开年报\"}]};</script>";

    #[test]
    fn a_catalogue_queues_the_first_page_of_its_report_columns_in_scope() {
        let page = Url::parse("http://www.sz.gov.cn/sthjj/gkmlpt/index").unwrap();
        let it = item(page.as_str(), Some(ListMechanism::Links), None);
        let p = policy(Mode::Explore, None);
        let out = list_requests(
            &p,
            &it,
            &page,
            CATALOGUE.as_bytes(),
            None,
            &listing(vec![]),
            None,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].url,
            "http://www.sz.gov.cn/sthjj/gkmlpt/api/all/4?page=1&sid=755"
        );
        assert_eq!(
            (out[0].mechanism, out[0].pager_index, out[0].depth),
            (ListMechanism::Gkmlpt, Some(0), 2)
        );
        assert_eq!(out[0].form_body, None);
        // Another department's catalogue on the same portal is out of scope.
        let other = Url::parse("http://www.sz.gov.cn/jyj/gkmlpt/index").unwrap();
        assert!(list_requests(
            &p,
            &it,
            &other,
            CATALOGUE.as_bytes(),
            None,
            &listing(vec![]),
            None
        )
        .is_empty());
    }

    #[test]
    fn jpage_posts_carry_their_form_and_page_on() {
        let html = r#"<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=3&path=/&columnid=55&unitid=778&permissiontype=0"></a>]]></nextgroup><recordset><record><![CDATA[<a href="/sthjj/a.html">x</a>]]></record></recordset></datastore></script><script>$('#778').jpage({perPage: 1, totalRecord: 9, proxyUrl: '/sthjj/module/web/jpage/dataproxy.jsp'});</script>"#;
        let page = Url::parse("http://www.sz.gov.cn/sthjj/col/col55/index.html").unwrap();
        let p = policy(Mode::Explore, None);
        let out = list_requests(
            &p,
            &item(page.as_str(), None, None),
            &page,
            html.as_bytes(),
            None,
            &listing(vec![]),
            None,
        );
        assert_eq!(out.len(), 1);
        // A column neither its title nor its link calls a report column is not posted to.
        let mut news = item(page.as_str(), None, None);
        news.priority = 10;
        let titled = |t: &str| Parsed {
            title: Some(t.into()),
            ..listing(vec![])
        };
        assert!(list_requests(
            &p,
            &news,
            &page,
            html.as_bytes(),
            None,
            &titled("工作动态"),
            None
        )
        .is_empty());
        assert_eq!(
            list_requests(
                &p,
                &news,
                &page,
                html.as_bytes(),
                None,
                &titled("政府信息公开年报"),
                None
            )
            .len(),
            1
        );
        let first = &out[0];
        assert!(
            first
                .canon
                .starts_with("POST http://www.sz.gov.cn/sthjj/module/web/jpage/dataproxy.jsp?"),
            "{}",
            first.canon
        );
        let form = first.form_body.clone().unwrap();
        assert!(form.contains("columnid=55") && first.canon.ends_with(&form));
        // The answer says there is more: the next POST, same form, next index.
        let url = Url::parse(&first.url).unwrap();
        let posted = item(&first.url, Some(ListMechanism::JpagePost), Some(&form));
        let answer = b"<datastore><totalrecord>9</totalrecord><recordset><record>x</record></recordset></datastore>";
        let next = list_requests(
            &p,
            &posted,
            &url,
            answer,
            None,
            &listing(vec![report(2015)]),
            None,
        );
        assert_eq!(next.len(), 1);
        assert_eq!(
            (next[0].pager_index, next[0].form_body.as_deref()),
            (Some(1), Some(form.as_str()))
        );
        assert_ne!(next[0].canon, first.canon);
        // Nightly asks the first pages only; a backfill stops below its years.
        assert!(
            list_requests(
                &policy(Mode::Nightly, None),
                &posted,
                &url,
                answer,
                None,
                &listing(vec![]),
                None
            )
            .len()
                == 1
        );
        let mut deep = posted.clone();
        deep.pager_index = Some(1);
        assert!(list_requests(
            &policy(Mode::Nightly, None),
            &deep,
            &url,
            answer,
            None,
            &listing(vec![]),
            None
        )
        .is_empty());
        let old = policy(Mode::Backfill, Some((2018, 2020)));
        assert!(list_requests(
            &old,
            &posted,
            &url,
            answer,
            None,
            &listing(vec![report(2015), report(2014)]),
            None
        )
        .is_empty());
        assert_eq!(
            list_requests(
                &old,
                &posted,
                &url,
                answer,
                None,
                &listing(vec![report(2019), report(2015)]),
                None
            )
            .len(),
            1
        );
    }

    #[test]
    fn mechanisms_follow_what_found_the_link() {
        let api = item(
            "http://a/gkmlpt/api/all/4?page=1&sid=1",
            Some(ListMechanism::Gkmlpt),
            None,
        );
        assert_eq!(
            mechanism_of(LinkSource::Anchor, &api),
            ListMechanism::Gkmlpt
        );
        let column = item("http://a/col/index.html", Some(ListMechanism::Links), None);
        assert_eq!(
            mechanism_of(LinkSource::Datastore, &column),
            ListMechanism::Datastore
        );
        assert_eq!(
            mechanism_of(LinkSource::Pager, &column),
            ListMechanism::JsPager
        );
        assert_eq!(
            mechanism_of(LinkSource::Anchor, &column),
            ListMechanism::Links
        );
        let paged = item(
            "http://a/col/index_3.html",
            Some(ListMechanism::JsPager),
            None,
        );
        assert_eq!(
            mechanism_of(LinkSource::Anchor, &paged),
            ListMechanism::JsPager
        );
        let mut report_page = api.clone();
        report_page.role = PageRole::Report;
        assert_eq!(
            mechanism_of(LinkSource::Anchor, &report_page),
            ListMechanism::Links
        );
        assert!(is_list_request(&api, &Url::parse(&api.url).unwrap()));
        assert!(!is_list_request(&column, &Url::parse(&column.url).unwrap()));
    }
}
