//! MITRE ATT&CK technique ids and names, for validation and display.
//!
//! The table (`attack_techniques.tsv`, tab-separated `id`, `matrix`, `name`) holds
//! every current technique of ATT&CK for ICS 18.1 and Enterprise v15.
//! © 2025 The MITRE Corporation. This work is reproduced and distributed with the
//! permission of The MITRE Corporation. `tests/attack_table.rs` holds it against
//! MITRE's own data in `../shared/attack/`.

use std::sync::OnceLock;

const TABLE: &str = include_str!("attack_techniques.tsv");

/// One technique: id (e.g. "T0831"), matrix ("ics" or "enterprise"), name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Technique {
    pub id: &'static str,
    pub matrix: &'static str,
    pub name: &'static str,
}

/// Every technique, sorted by id.
pub fn techniques() -> &'static [Technique] {
    static ALL: OnceLock<Vec<Technique>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let mut f = l.splitn(3, '\t');
                Some(Technique { id: f.next()?, matrix: f.next()?, name: f.next()? })
            })
            .collect()
    })
}

/// The technique's name, if the id is a current ICS or Enterprise technique.
pub fn technique_name(id: &str) -> Option<&'static str> {
    let all = techniques();
    all.binary_search_by(|t| t.id.cmp(id)).ok().map(|i| all[i].name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_ics_and_enterprise_ids() {
        assert_eq!(technique_name("T0831"), Some("Manipulation of Control"));
        assert_eq!(technique_name("T1566.001"), Some("Spearphishing Attachment"));
        assert_eq!(technique_name("T9999"), None);
        assert!(techniques().windows(2).all(|w| w[0].id < w[1].id));
    }
}
