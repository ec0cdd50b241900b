//! Field-level accuracy on the labelled corpus (tests/corpus) and the seed
//! fixtures (tests/fixtures).
//!
//! `cargo run -p nianbao-extract --release --bin extract-accuracy [-- --dump NAME]`
//! prints, per field and for table cells, how many labelled values came out
//! right, then lists every miss. `--dump NAME` prints the full extraction of
//! one case as JSON. Exit status 1 when any seed fixture field is wrong.

use nianbao_extract::eval::load_dir;
use std::collections::BTreeMap;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut per_field: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut seed_misses = 0;
    let mut n_cases = 0;
    for (dir, is_seed) in [("tests/fixtures", true), ("tests/corpus", false)] {
        for case in load_dir(&root.join(dir)) {
            n_cases += 1;
            let ex = case.run();
            if dump.as_deref() == Some(case.name.as_str()) {
                println!("{}", serde_json::to_string_pretty(&ex).unwrap_or_default());
            }
            for (field, ok, detail) in case.check(&ex) {
                let e = per_field.entry(field.clone()).or_default();
                e.1 += 1;
                if ok {
                    e.0 += 1;
                } else {
                    if is_seed {
                        seed_misses += 1;
                    }
                    misses.push(format!("{}: {field}: {detail}", case.name));
                }
            }
        }
    }
    println!("labelled cases: {n_cases}");
    println!(
        "{:<24} {:>8} {:>8} {:>8}",
        "field", "right", "total", "accuracy"
    );
    let (mut r, mut t) = (0, 0);
    for (f, (ok, total)) in &per_field {
        r += ok;
        t += total;
        println!(
            "{f:<24} {ok:>8} {total:>8} {:>7.1}%",
            100.0 * *ok as f64 / (*total).max(1) as f64
        );
    }
    println!(
        "{:<24} {r:>8} {t:>8} {:>7.1}%",
        "ALL",
        100.0 * r as f64 / t.max(1) as f64
    );
    if !misses.is_empty() {
        println!("\nmisses:");
        for m in &misses {
            println!("  {m}");
        }
    }
    if seed_misses > 0 {
        eprintln!("{seed_misses} seed fixture field(s) wrong");
        std::process::exit(1);
    }
}
