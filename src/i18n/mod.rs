//! Every sentence a person reads, in English and Korean: Project Fluent
//! messages in `assets/i18n/<lang>/*.ftl`, compiled into the binary so an
//! installed copy works from any folder. Bevy-free: the app, the CLI, the
//! narrator and the reports share these files.
//!
//! Ask for a message with [`tr`] or, with arguments, [`tr_args`] or the
//! [`tr!`](crate::tr) macro; the id is always a string literal at the call, so
//! `tests/i18n.rs` can check that every id asked for exists. How to add a
//! string or a language: `docs/i18n.md`.

mod check;
mod josa;
mod lang;
mod units;

pub use check::{Issue, check, message_ids};
pub use josa::particle;
pub use lang::{Lang, LangChoice, UnknownLang, UnknownLangChoice};
pub use units::ko_count;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::str::FromStr;
use std::sync::OnceLock;

/// Lists the `.ftl` files of each language (one per area); each language has
/// the same files, `tests/i18n.rs` checks the folders hold no others.
macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        /// Every `.ftl` file as (language, file stem, text).
        pub(crate) const FILES: &[(Lang, &str, &str)] = &[
            $((Lang::En, $name, include_str!(concat!("../../assets/i18n/en/", $name, ".ftl"))),)*
            $((Lang::Ko, $name, include_str!(concat!("../../assets/i18n/ko/", $name, ".ftl"))),)*
        ];
    };
}

embed![
    "app-net",
    "common",
    "narration",
    "cli",
    "report",
    "report-findings",
    "report-words",
    "report-cli",
    "glossary",
    "coach",
    "app",
    "validate",
    "authoring",
    "scenario",
    "app-screens",
    "app-board",
    "app-workshop",
    "app-debrief",
    "dilemmas",
    "app-console",
    "app-words",
    "refusal",
    "net"
];

/// The stems of the embedded files of `lang`.
pub fn files(lang: Lang) -> impl Iterator<Item = &'static str> {
    FILES.iter().filter(move |f| f.0 == lang).map(|f| f.1)
}

/// The path of an embedded file as the repository names it (for diagnostics).
pub fn file_path(lang: Lang, stem: &str) -> String {
    format!("assets/i18n/{}/{stem}.ftl", lang.code())
}

/// One argument of a message: text, an integer, or a number with a fixed
/// count of decimals. Numbers stay numbers for Fluent's plural selectors.
#[derive(Debug, Clone)]
pub struct Arg<'a>(FluentValue<'a>);

impl Arg<'_> {
    /// `value` written with `decimals` digits after the point, rounded the way
    /// `format!("{value:.decimals$}")` rounds. Digits are not grouped: both
    /// languages write numbers alike (`1234.5`).
    pub fn num(value: f64, decimals: usize) -> Arg<'static> {
        let text = format!("{value:.decimals$}");
        match FluentNumber::from_str(&text) {
            Ok(n) => Arg(FluentValue::Number(n)),
            // Not finite: passed on as the text Rust writes (`NaN`, `inf`).
            Err(_) => Arg(FluentValue::String(text.into())),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(FluentValue::from(s.as_str()))
    }
}
impl From<String> for Arg<'static> {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'static> {
            /// Fluent numbers are `f64`: an integer beyond 2^53 (a seed) is
            /// passed as its exact digits instead.
            fn from(n: $t) -> Self {
                #[allow(clippy::cast_lossless, clippy::unnecessary_cast)]
                let exact = (n as i128).unsigned_abs() <= 1 << 53;
                if exact { Arg(FluentValue::from(n)) } else { Arg(FluentValue::from(n.to_string())) }
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

/// The columns a terminal or a chart gives `text`: two for a Hangul syllable
/// or jamo, a CJK ideograph or a full-width form, one for anything else.
pub fn display_width(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// A character drawn about twice as wide as a Latin letter.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// The parsed messages of one language.
type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.iter().map(|&l| bundle(l)).collect())
}

/// Builds one language's bundle. Broken entries are skipped (the rest still
/// loads); [`check`] reports them with file:line:col, and a test fails on any.
fn bundle(lang: Lang) -> Bundle {
    let locale = lang.locale().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks (U+2068/U+2069) would show in terminals and egui.
    b.set_use_isolating(false);
    // Added to an empty bundle: cannot clash with another function.
    let _ = b.add_function("JOSA", josa::function);
    let _ = b.add_function("KO_COUNT", units::function);
    for &(l, _, text) in FILES {
        if l == lang {
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
            b.add_resource_overriding(res);
        }
    }
    b
}

/// The message `id` (or `id.attribute`) in `lang`.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The message `id` (or `id.attribute`) in `lang`, with named arguments. A
/// message missing in `lang` falls back to English, then to the id itself, so
/// a gap shows rather than panics (and `tests/i18n.rs` fails on it).
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    format_in(&all[lang.index()], id, args)
        .or_else(|| format_in(&all[Lang::En.index()], id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang` has the message `id` (or `id.attribute`).
pub fn has(lang: Lang, id: &str) -> bool {
    let (msg, attr) = split_id(id);
    let b = &bundles()[lang.index()];
    b.get_message(msg).is_some_and(|m| match attr {
        Some(a) => m.get_attribute(a).is_some(),
        None => m.value().is_some(),
    })
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

fn format_in(b: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (msg, attr) = split_id(id);
    let m = b.get_message(msg)?;
    let pattern = match attr {
        Some(a) => m.get_attribute(a)?.value(),
        None => m.value()?,
    };
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        fargs.set(*k, v.0.clone());
    }
    // Resolution errors (an argument the call did not pass) still give text,
    // with the placeable shown as `{$name}`; the tests render every message.
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
}

/// [`tr`] and [`tr_args`] in one: `tr!(lang, "id")` or
/// `tr!(lang, "id", name = value, …)`, each value anything [`Arg`] converts from.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::tr($lang, $id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_resolve_in_each_language_without_isolation_marks() {
        assert_eq!(tr(Lang::En, "lang-name"), "English");
        assert_eq!(tr(Lang::Ko, "lang-name"), "한국어");
        let en = tr!(Lang::En, "turns-left", count = 1u32);
        let ko = tr!(Lang::Ko, "turns-left", count = 3u32);
        assert_eq!(en, "1 turn left");
        assert_eq!(ko, "3턴 남음");
        assert!(!en.contains(['\u{2068}', '\u{2069}']) && !ko.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn numbers_keep_their_decimals_and_rounding() {
        let n = |v: f64, d: usize| tr!(Lang::En, "number", value = Arg::num(v, d));
        assert_eq!(n(2.5, 0), format!("{:.0}", 2.5));
        assert_eq!(n(12.345, 1), "12.3");
        assert_eq!(n(3.0, 2), "3.00");
        assert_eq!(n(-0.2, 0), "-0");
        assert_eq!(n(123456.0, 0), "123456");
        assert_eq!(n(f64::NAN, 1), "NaN");
        let seed = u64::MAX - 1;
        assert_eq!(tr!(Lang::En, "number", value = seed), seed.to_string());
    }

    #[test]
    fn hangul_is_two_columns_wide() {
        assert_eq!(display_width("정책 p10"), 8);
        assert_eq!(display_width("policy"), 6);
    }

    #[test]
    fn korean_particles_follow_the_word() {
        let ko = |name: &str| tr!(Lang::Ko, "josa-example", name = name);
        assert_eq!(ko("국가정보원"), "국가정보원이 알림");
        assert_eq!(ko("KISA"), "KISA가 알림");
    }

    #[test]
    fn a_missing_id_shows_itself_and_attributes_resolve() {
        assert_eq!(tr(Lang::Ko, "no-such-message"), "no-such-message");
        assert!(!has(Lang::En, "no-such-message"));
        assert!(has(Lang::Ko, "lang-name"));
        assert!(has(Lang::Ko, "lang-name.code"));
        assert_eq!(tr(Lang::Ko, "lang-name.code"), "ko");
        assert!(!has(Lang::Ko, "lang-name.nope"));
    }
}
