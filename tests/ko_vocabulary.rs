//! One Korean word for each thing (issue 10): the Korean Fluent files use the
//! terms Korean practitioners use, the same one in every file — the list in
//! docs/i18n.md ("Korean"). A message (not a comment) that uses a variant this
//! project chose against is named with file:line and the term to use.

use std::path::Path;

/// (variant found, the term to use instead, why).
const AVOID: &[(&str, &str, &str)] = &[
    ("상황 메시지", "상황 부여", "an inject is a 상황 부여, as MSEL planners say"),
    ("공개 지목", "공개 귀속", "public attribution"),
    ("정상급", "수뇌부", "capitals in sync over the hotline"),
    ("공동 조사", "공동조사", "joint investigation, one word"),
    ("망 분리", "격리", "isolating an asset (망분리 is the standing network-separation policy)"),
    ("긴장 단계", "위기 경보 단계", "the national cyber crisis alert levels"),
    ("긴장 압력", "위기 지수", "escalation pressure"),
    ("위기 압력", "위기 지수", "escalation pressure"),
    ("군 당국 간 협력", "군 간 사이버 협력", "mil-to-mil"),
    ("공동 위협 헌팅", "합동 위협 헌팅", "a combined (mil-to-mil) hunt"),
    ("위협 탐색", "위협 헌팅", "a combined (mil-to-mil) hunt"),
    ("백악관-청와대", "백악관–청와대", "the hotline's name, with an en dash"),
    ("사건", "사고", "an incident (사건 is a legal case or an event)"),
    ("통제관", "진행자", "the facilitator, as the console names them (통제관: a military controller)"),
];

/// Findings in one file's text: "file:line: variant → term (why)".
fn findings(file: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for (bad, good, why) in AVOID {
            if line.contains(bad) {
                out.push(format!("{file}:{}: \"{bad}\" → \"{good}\" ({why})", n + 1));
            }
        }
        // "정보 공유" stands in "위협정보 공유" (threat information sharing), which is fine.
        let mut rest = line;
        while let Some(i) = rest.find("정보 공유") {
            if !rest[..i].ends_with("위협") {
                out.push(format!(
                    "{file}:{}: \"정보 공유\" → \"정보공유\" (information sharing, one word)",
                    n + 1
                ));
            }
            rest = &rest[i + "정보 공유".len()..];
        }
    }
    out
}

#[test]
fn the_korean_files_use_one_term_for_each_thing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/ko");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut found = Vec::new();
    for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "ftl")) {
        let name = format!("assets/i18n/ko/{}", path.file_name().unwrap().to_string_lossy());
        found.extend(findings(&name, &std::fs::read_to_string(path).unwrap()));
    }
    assert!(files.len() > 10, "assets/i18n/ko was not found");
    assert!(found.is_empty(), "{} word(s) to replace:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_check_finds_a_variant_and_passes_the_chosen_terms() {
    let text = "# 상황 메시지 in a comment\na = 상황 부여 \"x\" 즉시 실시\nb = 진행자, 상황 메시지 \"x\"\n\
                c = 위협정보 공유, 정보공유\nd = 사고 정보 공유\ne = 통제관 콘솔\n";
    let found = findings("x.ftl", text);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("x.ftl:3: \"상황 메시지\" → \"상황 부여\""), "{}", found[0]);
    assert!(found[1].starts_with("x.ftl:5: \"정보 공유\""), "{}", found[1]);
    assert!(found[2].starts_with("x.ftl:6: \"통제관\" → \"진행자\""), "{}", found[2]);
}
