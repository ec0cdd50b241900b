//! The fixture's document model: what a bureau publishes (a report, a work plan,
//! a bulletin…), with its title, dates and attachments. Sites list and serve
//! documents; `report` renders their text. Both read this module; neither owns it.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::util::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Report,
    WorkPlan,
    WorkSummary,
    Bulletin,
    Notice,
    News,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileType {
    Pdf,
    Doc,
    Docx,
}

impl FileType {
    pub(crate) fn mime(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Doc => "application/msword",
            FileType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Attachment {
    /// The href as written in the page (may be relative).
    pub href: String,
    /// Absolute `path?query` it resolves to.
    pub target: String,
    pub label: String,
    pub ftype: FileType,
}

#[derive(Clone, Debug)]
pub(crate) struct Doc {
    pub id: u64,
    /// Column (list) the doc is listed in.
    pub col: &'static str,
    /// Where it is served (its final URL path).
    pub path: String,
    /// What lists link to; differs from `path` for the 301'ed report.
    pub link: String,
    pub kind: Kind,
    /// Year covered.
    pub year: i32,
    pub agency: String,
    pub title: String,
    pub date: Date,
    pub attachments: Vec<Attachment>,
    pub revision: u32,
    pub modified: SystemTime,
    pub environmental: bool,
    /// Site-specific quirk selector (charset variants, seed-000 style…).
    pub flavor: &'static str,
}

impl Doc {
    pub(crate) fn new(kind: Kind, col: &'static str, agency: &str, year: i32, date: Date) -> Doc {
        Doc {
            id: 0,
            col,
            path: String::new(),
            link: String::new(),
            kind,
            year,
            agency: agency.to_string(),
            title: title(kind, agency, year),
            date,
            attachments: Vec::new(),
            revision: 0,
            modified: date.system_time(),
            environmental: true,
            flavor: "",
        }
    }
    pub(crate) fn at(mut self, id: u64, path: String) -> Doc {
        self.id = id;
        self.link = path.clone();
        self.path = path;
        self
    }
    pub(crate) fn modified_date(&self) -> Date {
        let secs = self
            .modified
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_days((secs / 86_400) as i64)
    }
}

/// Standard titles, the way real columns word them.
pub(crate) fn title(kind: Kind, agency: &str, year: i32) -> String {
    match kind {
        Kind::Report => format!("{agency}{year}年政府信息公开工作年度报告"),
        Kind::WorkPlan => format!("{agency}{year}年政务公开工作要点"),
        Kind::WorkSummary => format!("{agency}{year}年政务公开工作总结"),
        Kind::Bulletin => format!("{agency}发布{year}年生态环境状况公报"),
        Kind::Notice => format!("关于做好{year}年政府信息公开工作年度报告编制发布工作的通知"),
        Kind::News => format!("{agency}召开{year}年全面从严治党工作会议"),
    }
}
