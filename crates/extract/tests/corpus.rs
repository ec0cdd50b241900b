//! Every labelled page (seed fixtures and corpus) must come out exactly as labelled.

use nianbao_extract::eval::load_dir;
use std::path::Path;

fn run_dir(dir: &str, min_cases: usize) {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let cases = load_dir(&d);
    assert!(
        cases.len() >= min_cases,
        "expected ≥{min_cases} cases in {dir}, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for c in &cases {
        let ex = c.run();
        assert_eq!(ex, c.run(), "{}: extraction not deterministic", c.name);
        for (field, ok, detail) in c.check(&ex) {
            if !ok {
                failures.push(format!("{}: {field}: {detail}", c.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_fixtures() {
    run_dir("tests/fixtures", 5);
}

#[test]
fn labelled_corpus() {
    run_dir("tests/corpus", 1);
}
