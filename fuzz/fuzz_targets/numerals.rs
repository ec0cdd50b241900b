//! Digit normalisation, Chinese numerals, counts and table cells.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_extract::numerals::{
    cell_to_f64, is_cn_numeral_char, normalize_digits, parse_cell, parse_cn_numeral, parse_count,
    trim_cell, CellValue,
};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let _ = normalize_digits(&s);
    let _ = parse_cn_numeral(&s);
    let _ = parse_count(&s);
    let _ = trim_cell(&s);
    let _ = cell_to_f64(&s);
    for c in s.chars() {
        let _ = is_cn_numeral_char(c);
    }
    let cn: String = s.chars().filter(|&c| is_cn_numeral_char(c)).collect();
    let _ = parse_cn_numeral(&cn);
    let v = parse_cell(&s);
    if let CellValue::Number(n) = &v {
        // a parsed number is printed normalised and reads back as a number
        assert!(cell_to_f64(n).is_some(), "{s:?} -> {n:?}");
    }
});
