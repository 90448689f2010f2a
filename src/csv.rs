//! CSV output (RFC 4180) safe to open in a spreadsheet: every table Hotline
//! writes (the MSEL, the balance tables, `decisions.csv`) goes through here.

/// Every CSV file starts with this UTF-8 byte-order mark, so spreadsheets
/// read its text (Korean names, em dashes) as UTF-8.
pub const CSV_BOM: &str = "\u{feff}";

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
/// A field a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return: OWASP's CSV injection) gets a leading `'`,
/// unless it is a plain number such as `-5` or `+3.5`.
pub fn csv_field(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(s) {
        return csv_field(&format!("'{s}"));
    }
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A plain decimal number: sign, digits, at most one point.
fn is_number(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// One CSV line, ending in a newline.
pub fn csv_row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut row = fields.iter().map(|f| csv_field(f.as_ref())).collect::<Vec<_>>().join(",");
    row.push('\n');
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_quote_what_needs_it() {
        assert_eq!(csv_row(&["a", "b,c", "d\"e"]), "a,\"b,c\",\"d\"\"e\"\n");
        assert_eq!(csv_row(&["-5", "=1+1"]), "-5,'=1+1\n");
    }
}
