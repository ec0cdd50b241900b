//! Field-level accuracy, printed separately for each labelled split:
//!
//! * `own`: the corpus written together with the extractor (tests/fixtures,
//!   the seed texts as the project first wrapped them, and tests/corpus);
//! * `realworld/dev`: pages made independently, used while developing;
//! * `realworld/seeds_scraped`: the five seed texts saved the way scrapers
//!   and CMS templates save them (chrome in `<title>`/`<h1>`);
//! * `realworld/heldout`, `realworld/heldout2`, `realworld/heldout3`,
//!   `realworld/heldout4`, `realworld/heldout5`, `realworld/heldout6` and
//!   `realworld/heldout7`: independent pages nobody tunes against (seven
//!   batches, each labelled and committed before the extractor first ran on
//!   it). Only their figures are printed, never their misses, so running this
//!   binary does not reveal which held-out cases fail.
//!
//! `cargo run -p nianbao-extract --release --bin extract-accuracy [-- --split NAME] [--dump NAME]`
//! prints, per split, per field how many labelled values came out right (then
//! all fields, the values whose label is not `null`, and the cases labelled
//! `annual_report`), and precision and recall of `doc_type = annual_report`; then lists the misses
//! (except held-out). `--dump NAME` prints the full extraction of one case as
//! JSON (not for held-out cases). Exit status 1 when any seed fixture field
//! is wrong.

use nianbao_extract::eval::{load_dir, SplitScore};
use std::path::Path;

const HELDOUT: &[&str] = &[
    "realworld/heldout",
    "realworld/heldout2",
    "realworld/heldout3",
    "realworld/heldout4",
    "realworld/heldout5",
    "realworld/heldout6",
    "realworld/heldout7",
];

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.1}%", 100.0 * v))
        .unwrap_or_else(|| "n/a".into())
}

fn print_split(s: &SplitScore) {
    println!("\n== {} ({} cases)", s.name, s.cases);
    println!(
        "{:<24} {:>8} {:>8} {:>8}",
        "field", "right", "total", "accuracy"
    );
    for (f, (ok, total)) in &s.per_field {
        println!(
            "{f:<24} {ok:>8} {total:>8} {:>7.1}%",
            100.0 * *ok as f64 / (*total).max(1) as f64
        );
    }
    let (r, t) = s.total();
    println!(
        "{:<24} {r:>8} {t:>8} {:>7.1}%",
        "ALL",
        100.0 * r as f64 / t.max(1) as f64
    );
    for (label, (r, t)) in [
        ("stated (label not null)", s.stated),
        ("on annual_report cases", s.on_reports),
    ] {
        println!(
            "{label:<24} {r:>8} {t:>8} {:>7.1}%",
            100.0 * r as f64 / t.max(1) as f64
        );
    }
    println!(
        "doc_type=annual_report: precision {} ({} / {}), recall {} ({} / {})",
        pct(s.report_precision()),
        s.report_tp,
        s.report_tp + s.report_fp,
        pct(s.report_recall()),
        s.report_tp,
        s.report_tp + s.report_fn,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let dump = arg("--dump");
    let only = arg("--split");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let splits: [(&str, Vec<&str>); 10] = [
        ("own", vec!["tests/fixtures", "tests/corpus"]),
        ("realworld/dev", vec!["tests/realworld/dev"]),
        (
            "realworld/seeds_scraped",
            vec!["tests/realworld/seeds_scraped"],
        ),
        (HELDOUT[0], vec!["tests/realworld/heldout"]),
        (HELDOUT[1], vec!["tests/realworld/heldout2"]),
        (HELDOUT[2], vec!["tests/realworld/heldout3"]),
        (HELDOUT[3], vec!["tests/realworld/heldout4"]),
        (HELDOUT[4], vec!["tests/realworld/heldout5"]),
        (HELDOUT[5], vec!["tests/realworld/heldout6"]),
        (HELDOUT[6], vec!["tests/realworld/heldout7"]),
    ];
    let mut seed_misses = 0;
    for (name, dirs) in &splits {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let dirs: Vec<_> = dirs.iter().map(|d| root.join(d)).collect();
        let held_out = HELDOUT.contains(name);
        if !held_out {
            if let Some(d) = &dump {
                for case in dirs.iter().flat_map(|d| load_dir(d)) {
                    if &case.name == d {
                        let ex = case.run();
                        println!("{}", serde_json::to_string_pretty(&ex).unwrap_or_default());
                    }
                }
            }
        }
        let Some(s) = SplitScore::run(name, &dirs) else {
            println!("\n== {name}: absent");
            continue;
        };
        print_split(&s);
        if *name == "own" {
            let seeds: Vec<String> = load_dir(&root.join("tests/fixtures"))
                .into_iter()
                .map(|c| format!("{}:", c.name))
                .collect();
            seed_misses = s
                .misses
                .iter()
                .filter(|m| seeds.iter().any(|p| m.starts_with(p.as_str())))
                .count();
        }
        if !held_out && !s.misses.is_empty() {
            println!("misses:");
            for m in &s.misses {
                println!("  {m}");
            }
        }
    }
    if seed_misses > 0 {
        eprintln!("{seed_misses} seed fixture field(s) wrong");
        std::process::exit(1);
    }
}
