//! The interface languages: a closed set, parsed from `--lang`, the settings
//! file or the system locale.

use std::fmt;
use std::str::FromStr;

/// A language Hotline speaks. Adding one: a variant here, its code and
/// locale, and a folder `assets/i18n/<code>/` with every file of the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// Every language, in the order menus list them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The short code used on the command line, in settings and folder names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The BCP 47 locale Fluent selects plural rules with.
    pub(crate) fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Ko => "ko-KR",
        }
    }

    /// Its position in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// `en`, `ko`, or a locale such as `ko_KR.UTF-8` or `en-US`; case-insensitive.
    pub fn parse(text: &str) -> Option<Lang> {
        let primary = text.trim().split(['_', '-', '.', '@']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language of the system locale (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`, the POSIX order), if it is one Hotline speaks.
    pub fn from_env() -> Option<Lang> {
        Lang::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any variable lookup (tests pass a map). The first
    /// variable that is set and not empty decides, even if it names a language
    /// Hotline lacks: that user asked for that language, not for the next.
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|v| !v.trim().is_empty())
            .and_then(|v| Lang::parse(&v))
    }

    /// The language to use: the command line's, else the settings' (empty means
    /// "not chosen"), else the system locale's, else English.
    pub fn resolve(flag: Option<Lang>, setting: &str) -> Lang {
        flag.or_else(|| Lang::parse(setting)).or_else(Lang::from_env).unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error of [`Lang::from_str`], naming the languages there are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\" (expected en or ko)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::parse(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// The language(s) of a document: one, or every language side by side (an
/// interpreter's copy in a combined US–ROK room). `--lang both` on the
/// commands that write documents (`report`, `msel`, `simulate --report`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LangChoice {
    One(Lang),
    Both,
}

impl LangChoice {
    /// The one language asked for; `None` for both.
    pub fn single(self) -> Option<Lang> {
        match self {
            LangChoice::One(l) => Some(l),
            LangChoice::Both => None,
        }
    }

    /// The languages to write, in [`Lang::ALL`] order.
    pub fn langs(self) -> Vec<Lang> {
        match self {
            LangChoice::One(l) => vec![l],
            LangChoice::Both => Lang::ALL.to_vec(),
        }
    }
}

impl From<Lang> for LangChoice {
    fn from(l: Lang) -> LangChoice {
        LangChoice::One(l)
    }
}

impl fmt::Display for LangChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LangChoice::One(l) => l.fmt(f),
            LangChoice::Both => f.write_str("both"),
        }
    }
}

/// The error of [`LangChoice::from_str`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\" (expected en, ko or both)")]
pub struct UnknownLangChoice(pub String);

/// `en`, `ko` (or a locale naming one), or `both`.
impl FromStr for LangChoice {
    type Err = UnknownLangChoice;
    fn from_str(s: &str) -> Result<LangChoice, UnknownLangChoice> {
        if s.trim().eq_ignore_ascii_case("both") {
            return Ok(LangChoice::Both);
        }
        Lang::parse(s).map(LangChoice::One).ok_or_else(|| UnknownLangChoice(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn codes_and_locales_parse() {
        assert_eq!(Lang::parse("ko"), Some(Lang::Ko));
        assert_eq!(Lang::parse("KO"), Some(Lang::Ko));
        assert_eq!(Lang::parse("ko_KR.UTF-8"), Some(Lang::Ko));
        assert_eq!(Lang::parse("en-US"), Some(Lang::En));
        assert_eq!(Lang::parse("en_GB.UTF-8@euro"), Some(Lang::En));
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!("fr".parse::<Lang>(), Err(UnknownLang("fr".into())));
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
            assert_eq!(Lang::ALL[l.index()], l);
        }
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        let env = |pairs: &[(&str, &str)]| {
            let m: BTreeMap<String, String> =
                pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            Lang::from_locale_vars(move |k| m.get(k).cloned())
        };
        assert_eq!(env(&[("LANG", "ko_KR.UTF-8")]), Some(Lang::Ko));
        assert_eq!(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "ko_KR.UTF-8")]), Some(Lang::En));
        assert_eq!(env(&[("LC_MESSAGES", "ko_KR"), ("LANG", "en_US")]), Some(Lang::Ko));
        assert_eq!(env(&[("LC_ALL", ""), ("LANG", "ko_KR")]), Some(Lang::Ko));
        assert_eq!(env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "ko_KR")]), None);
        assert_eq!(env(&[]), None);
    }

    #[test]
    fn the_flag_wins_then_the_setting() {
        assert_eq!(Lang::resolve(Some(Lang::Ko), "en"), Lang::Ko);
        assert_eq!(Lang::resolve(None, "ko"), Lang::Ko);
        assert_eq!(Lang::resolve(Some(Lang::En), "ko"), Lang::En);
    }

    #[test]
    fn a_choice_is_one_language_or_both() {
        assert_eq!("both".parse::<LangChoice>(), Ok(LangChoice::Both));
        assert_eq!("KO".parse::<LangChoice>(), Ok(LangChoice::One(Lang::Ko)));
        assert!("fr".parse::<LangChoice>().is_err());
        assert_eq!(LangChoice::Both.langs(), vec![Lang::En, Lang::Ko]);
        assert_eq!(LangChoice::Both.single(), None);
        assert_eq!(LangChoice::One(Lang::Ko).to_string(), "ko");
    }
}
