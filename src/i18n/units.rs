//! Korean counts in 만/억 units (`KO_COUNT($n, scale: 1000)`): "4만 건",
//! "1억 2,000만 달러", as Korean reports write large numbers, rather than
//! "40천 건" or "120백만 달러".

use fluent_bundle::{FluentArgs, FluentValue};

/// `n` in 조/억/만 units with the remainder grouped by thousands.
pub fn ko_count(n: u128) -> String {
    if n == 0 {
        return "0".into();
    }
    let grouped = |v: u128| {
        let s = v.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let units = [(1_000_000_000_000u128, "조"), (100_000_000, "억"), (10_000, "만")];
    let mut rest = n;
    let mut parts = Vec::new();
    for (size, name) in units {
        if rest >= size {
            parts.push(format!("{}{name}", grouped(rest / size)));
            rest %= size;
        }
    }
    if rest > 0 {
        parts.push(grouped(rest));
    }
    parts.join(" ")
}

/// The Fluent function: a number times the named `scale` (default 1).
pub(super) fn function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let value = |v: Option<&FluentValue>| match v {
        Some(FluentValue::Number(n)) if n.value.is_finite() && n.value >= 0.0 => {
            Some(n.value.round() as u128)
        }
        _ => None,
    };
    match (value(positional.first()), named.get("scale").map_or(Some(1), |s| value(Some(s)))) {
        (Some(n), Some(scale)) => ko_count(n.saturating_mul(scale)).into(),
        _ => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::ko_count;

    #[test]
    fn counts_read_in_man_and_eok() {
        assert_eq!(ko_count(0), "0");
        assert_eq!(ko_count(999), "999");
        assert_eq!(ko_count(4_500), "4,500");
        assert_eq!(ko_count(40_000), "4만");
        assert_eq!(ko_count(1_234_567), "123만 4,567");
        assert_eq!(ko_count(120_000_000), "1억 2,000만");
        assert_eq!(ko_count(5_000_000), "500만");
        assert_eq!(ko_count(1_000_000_000_000), "1조");
    }
}
