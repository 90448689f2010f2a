//! Korean particles (조사) that depend on the word before them: 은/는, 이/가,
//! 을/를, 과/와, 으로/로, 이나/나, 이라/라. A name from a scenario can end in
//! either way, so the Korean files ask `{ $name }{ JOSA($name, "을") }` instead
//! of the machine-translation crutch "을(를)".

use fluent_bundle::FluentValue;

/// The particle pairs: (after a final consonant, after a vowel).
const PAIRS: [(&str, &str); 7] =
    [("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("으로", "로"), ("이나", "나"), ("이라", "라")];

/// What a word ends in, for the particles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Vowel,
    /// ㄹ: a consonant, but 으로 becomes 로 after it.
    Rieul,
    Consonant,
}

/// The particle of the pair named by `particle` (either form) that follows
/// `word`; the "을(를)" form when the ending cannot be told.
pub fn particle(word: &str, particle: &str) -> String {
    let Some(&(c, v)) = PAIRS.iter().find(|(c, v)| *c == particle || *v == particle) else {
        return particle.to_string();
    };
    match ending(word) {
        Some(Ending::Vowel) => v.to_string(),
        Some(Ending::Rieul) if c == "으로" => v.to_string(),
        Some(_) => c.to_string(),
        None => format!("{c}({v})"),
    }
}

/// The Fluent function `JOSA(word, "을")`.
pub(super) fn function<'a>(positional: &[FluentValue<'a>], _: &fluent_bundle::FluentArgs) -> FluentValue<'a> {
    let word = match positional.first() {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.as_string().into_owned(),
        _ => String::new(),
    };
    match positional.get(1) {
        Some(FluentValue::String(p)) => particle(&word, p).into(),
        _ => FluentValue::Error,
    }
}

/// How `word` ends as read aloud. Trailing quotes, brackets and a final
/// parenthesised gloss ("국가정보원(NIS)") are skipped: the particle follows
/// the word they annotate.
fn ending(word: &str) -> Option<Ending> {
    let mut w = word.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»」』.".contains(c));
    while let Some(open) = w.strip_suffix(')').and_then(|inner| inner.rfind('(')) {
        w = w[..open].trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»」』".contains(c));
    }
    let last = w.chars().next_back()?;
    if ('가'..='힣').contains(&last) {
        return Some(match (last as u32 - 0xAC00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        });
    }
    if last.is_ascii_digit() {
        return Some(number_ending(w));
    }
    if last == '%' {
        return Some(Ending::Vowel); // 퍼센트
    }
    if last.is_ascii_alphabetic() {
        let tail: String = w.chars().rev().take_while(char::is_ascii_alphabetic).collect();
        // An acronym is read letter by letter (엘, 엠, 엔, 알 end in consonants).
        if tail.chars().all(|c| c.is_ascii_uppercase()) {
            return Some(match last {
                'L' | 'R' => Ending::Rieul,
                'M' | 'N' => Ending::Consonant,
                _ => Ending::Vowel,
            });
        }
        // An English word: -l, -m, -n, -ng keep their final sound; most other
        // final consonants take an added vowel in Korean (Water → 워터).
        let lower = w.to_ascii_lowercase();
        return Some(match last.to_ascii_lowercase() {
            'l' => Ending::Rieul,
            'm' | 'n' => Ending::Consonant,
            'g' if lower.ends_with("ng") => Ending::Consonant,
            _ => Ending::Vowel,
        });
    }
    None
}

/// How a number written in digits ends when read in Sino-Korean
/// (일 이 삼 사 오 육 칠 팔 구, 십 백 천 만, 영).
fn number_ending(w: &str) -> Ending {
    let digits: String = w
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let zeros = digits.chars().take_while(|&c| c == '0').count();
    if zeros == digits.len() {
        return Ending::Consonant; // 영
    }
    // Trailing zeros name the unit: 십(ㅂ) 백(ㄱ) 천(ㄴ) 만(ㄴ), then 십만, 백만, 천만 (ㄴ), 억(ㄱ).
    if zeros > 0 && !w.contains('.') {
        return Ending::Consonant;
    }
    match digits.chars().next() {
        Some('1' | '7' | '8') => Ending::Rieul,
        Some('3' | '6') => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

#[cfg(test)]
mod tests {
    use super::particle as p;

    #[test]
    fn hangul_endings_choose_the_particle() {
        assert_eq!(p("국가정보원", "은"), "은");
        assert_eq!(p("한국인터넷진흥원", "는"), "은");
        assert_eq!(p("미국", "가"), "이");
        assert_eq!(p("대한민국 국가안보실", "를"), "을");
        assert_eq!(p("핫라인", "을"), "을");
        assert_eq!(p("모니터링", "로"), "으로");
        assert_eq!(p("공유된 침해지표로 강화된 모니터링", "으로"), "으로");
        assert_eq!(p("서울", "으로"), "로");
        assert_eq!(p("서울", "을"), "을");
        assert_eq!(p("합동 위협 헌팅", "와"), "과");
        assert_eq!(p("미 사이버사령부", "와"), "와");
        assert_eq!(p("\"송전망 침투\"", "을"), "를");
        assert_eq!(p("국가정보원(NIS)", "이"), "이");
        assert_eq!(p("미국 (US)", "는"), "은");
    }

    #[test]
    fn acronyms_words_and_numbers_read_aloud() {
        assert_eq!(p("KISA", "는"), "는");
        assert_eq!(p("NIS", "이"), "가");
        assert_eq!(p("CYBERCOM", "가"), "이");
        assert_eq!(p("USFK", "을"), "를");
        assert_eq!(p("URL", "으로"), "로");
        assert_eq!(p("Seoul", "으로"), "로");
        assert_eq!(p("Water", "을"), "를");
        assert_eq!(p("Wolfgang", "을"), "을");
        assert_eq!(p("50", "으로"), "으로");
        assert_eq!(p("3", "으로"), "으로");
        assert_eq!(p("7", "으로"), "로");
        assert_eq!(p("12", "으로"), "로");
        assert_eq!(p("0", "을"), "을");
        assert_eq!(p("2.5", "은"), "는");
        assert_eq!(p("45%", "로"), "로");
    }

    #[test]
    fn unknown_endings_and_particles_degrade_gently() {
        assert_eq!(p("", "을"), "을(를)");
        assert_eq!(p("★", "이"), "이(가)");
        assert_eq!(p("국가", "도"), "도");
    }
}
