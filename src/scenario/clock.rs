//! In-world time labels of turns. A scenario's `start_label` in the usual form
//! "Mon 06:00 KST" is a clock: later turns read the day and hour they fall on
//! ("Tue 12:00 KST · Day 2"; in Korean "2일차 화요일 12:00 KST"). Any other
//! start label is shown as it is, with the hours since it.

use crate::i18n::Lang;
use crate::tr;

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const FULL_WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A start label read as weekday (0 = Monday), minutes after midnight and zone.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Start {
    weekday: u32,
    minutes: u32,
    zone: String,
}

fn parse(label: &str) -> Option<Start> {
    let mut words = label.split_whitespace();
    let day = words.next()?.to_ascii_lowercase();
    // "Mon", "Monday", "mon." — not "Month".
    let day = day.trim_end_matches('.');
    let weekday = (0..7).find(|&i| day == WEEKDAYS[i] || day == FULL_WEEKDAYS[i])?;
    let (h, m) = words.next()?.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if h > 23 || m > 59 {
        return None;
    }
    Some(Start { weekday: weekday as u32, minutes: h * 60 + m, zone: words.collect::<Vec<_>>().join(" ") })
}

fn weekday(lang: Lang, day: u32) -> String {
    match day % 7 {
        0 => tr!(lang, "weekday-mon"),
        1 => tr!(lang, "weekday-tue"),
        2 => tr!(lang, "weekday-wed"),
        3 => tr!(lang, "weekday-thu"),
        4 => tr!(lang, "weekday-fri"),
        5 => tr!(lang, "weekday-sat"),
        _ => tr!(lang, "weekday-sun"),
    }
}

/// The label of `turn` (1-based) for a scenario starting at `start` with
/// `hours_per_turn` hours a turn.
pub fn time_label(lang: Lang, start: &str, hours_per_turn: u32, turn: u32) -> String {
    let elapsed = u64::from(turn.saturating_sub(1)) * u64::from(hours_per_turn);
    if let Some(s) = parse(start) {
        // Days count calendar days from the start's, as a watch officer does.
        let minutes = u64::from(s.minutes) + elapsed * 60;
        let days = minutes / (24 * 60);
        let clock = format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60);
        let clock = if s.zone.is_empty() { clock } else { format!("{clock} {}", s.zone) };
        let weekday = weekday(lang, s.weekday + (days % 7) as u32);
        return tr!(lang, "time-clock", weekday = weekday, clock = clock, day = days + 1);
    }
    let (day, hours) = (elapsed / 24 + 1, format!("{:02}", elapsed % 24));
    if start.trim().is_empty() {
        tr!(lang, "time-day-offset", day = day, hours = hours)
    } else {
        tr!(lang, "time-since-start", start = start.trim(), elapsed = elapsed, day = day)
    }
}

/// The label before the clock reading, kept for the hash of older saves.
pub fn legacy_label(start: &str, hours_per_turn: u32, turn: u32) -> String {
    let hours = turn.saturating_sub(1) * hours_per_turn;
    let (d, h) = (hours / 24, hours % 24);
    if start.is_empty() {
        format!("Day {} +{h:02}h", d + 1)
    } else {
        format!("{start} · Day {} +{h:02}h", d + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_start_advances_through_days_and_weekdays() {
        let en = |turn| time_label(Lang::En, "Mon 06:00 KST", 6, turn);
        assert_eq!(en(1), "Mon 06:00 KST · Day 1");
        assert_eq!(en(3), "Mon 18:00 KST · Day 1");
        assert_eq!(en(5), "Tue 06:00 KST · Day 2");
        let ko = |turn| time_label(Lang::Ko, "Sat 22:00 KST", 6, turn);
        assert_eq!(ko(1), "1일차 토요일 22:00 KST");
        assert_eq!(ko(2), "2일차 일요일 04:00 KST");
        assert_eq!(time_label(Lang::En, "Sun 23:30", 1, 2), "Mon 00:30 · Day 2");
        assert_eq!(time_label(Lang::En, "Friday 09:00 EST", 168, 2), "Fri 09:00 EST · Day 8");
    }

    #[test]
    fn other_starts_keep_their_words() {
        assert_eq!(time_label(Lang::En, "", 6, 5), "Day 2 +00h");
        assert_eq!(time_label(Lang::Ko, "", 6, 6), "2일차 +06시간");
        assert_eq!(time_label(Lang::En, "H-hour", 6, 3), "H-hour +12h (Day 1)");
        assert_eq!(time_label(Lang::Ko, "H-hour", 6, 3), "H-hour +12시간 (1일차)");
        assert_eq!(time_label(Lang::En, "Month 06:00", 6, 1), "Month 06:00 +0h (Day 1)");
        assert_eq!(time_label(Lang::En, "Mon 25:00", 6, 1), "Mon 25:00 +0h (Day 1)");
    }
}
