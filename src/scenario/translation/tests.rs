//! The overlay format, its fallbacks and its lint, on the starter scenario.

use super::*;
use crate::scenario::Severity;

fn starter() -> Scenario {
    let text = crate::authoring::starter_scenario("Night Watch");
    Scenario::from_str(&text, "night-watch.ron").unwrap_or_else(|d| panic!("{d}"))
}

/// A partial overlay: the top texts, one nation, one inject and the objectives.
const OVERLAY: &str = r#"// Korean text of night-watch.ron
(
    scenario: "night-watch",
    title: (en: "Night Watch", ko: "야간 당직"),
    summary: (en: "old English", ko: "개요"),
    nations: [
        (id: "rok", name: (en: "Republic of Korea", ko: "대한민국"), short: (en: "ROK", ko: "한국"),
         agencies: [(id: "kisa", name: (en: "KISA", ko: "한국인터넷진흥원(KISA)"))]),
    ],
    injects: [
        (
            id: "ransom-note",
            title: (en: "A ransom note at the water plant", ko: "정수장에 날아든 협박 메일"),
            questions: [(en: "Pay or not? Who decides?", ko: "지불할 것인가? 누가 결정하는가?")],
            choices: [
                (en: "Refuse to pay; restore from backups", ko: "지불 거부, 백업으로 복구"),
                (en: "Let the utility pay", ko: "운영사의 지불 허용"),
                (en: "A third", ko: "셋째"),
            ],
        ),
        (id: "no-such-inject", title: (en: "x", ko: "엑스")),
    ],
)
"#;

fn with_overlay(src: &str) -> Scenario {
    let mut s = starter();
    s.attach_translation(Lang::En, Lang::Ko, src, "night-watch.ko.ron");
    s
}

#[test]
fn overlay_paths_sit_beside_the_scenario() {
    let p = Path::new("/usr/share/hotline/scenarios/tutorial.ron");
    assert_eq!(overlay_path(p, Lang::Ko), Path::new("/usr/share/hotline/scenarios/tutorial.ko.ron"));
    assert_eq!(overlay_lang(&overlay_path(p, Lang::Ko)), Some(Lang::Ko));
    assert_eq!(overlay_lang(p), None);
    assert_eq!(overlay_lang(Path::new("a.en.ron")), None, "English is the scenario itself");
    assert_eq!(overlay_lang(Path::new(".ko.ron")), None);
    assert_eq!(overlay_lang(Path::new("semi.conductor.ron")), None);
    assert_eq!(scenario_of_overlay(Path::new("x/a.b.ko.ron")).as_deref(), Some(Path::new("x/a.b.ron")));
}

#[test]
fn text_falls_back_to_english_and_names_come_from_the_overlay() {
    let s = with_overlay(OVERLAY);
    let tr = s.translation(Lang::Ko).expect("attached");
    assert_eq!(s.text(Lang::Ko, Text::Title), "야간 당직");
    assert_eq!(s.text(Lang::En, Text::Title), "Night Watch");
    let rok = s.nation_ix["rok"];
    assert_eq!(s.text(Lang::Ko, Text::NationShort(rok)), "한국");
    assert_eq!(s.text(Lang::Ko, Text::Agency { nation: rok, agency: 1 }), "한국인터넷진흥원(KISA)");
    // Not in the overlay: English.
    assert_eq!(s.text(Lang::Ko, Text::Agency { nation: rok, agency: 0 }), "National Security Office");
    let ransom = s.inject_ix["ransom-note"];
    assert_eq!(s.text(Lang::Ko, Text::Choice { inject: ransom, choice: 1 }), "운영사의 지불 허용");
    assert_eq!(s.text(Lang::Ko, Text::InjectText(ransom)), s.def.injects[ransom].text);
    assert_eq!(s.text(Lang::Ko, Text::Asset(999)), "", "a text the scenario lacks");
    assert_eq!(s.english(Text::Question { inject: ransom, question: 7 }), None);
    // Every text is named once, and each has English.
    let all = s.texts();
    assert!(all.iter().all(|&t| s.english(t).is_some()));
    assert_eq!(all.len(), all.iter().collect::<BTreeSet<_>>().len());
    // The stale summary still shows (better than English), and the lint says so.
    assert_eq!(s.text(Lang::Ko, Text::Summary), "개요");
    assert_eq!(tr.stale(&s), [Text::Summary]);
}

#[test]
fn the_lint_names_missing_stale_and_unknown_texts_at_their_place() {
    let s = with_overlay(OVERLAY);
    let found = lint(Lang::En, &s);
    let text: Vec<String> = found.iter().map(ToString::to_string).collect();
    let has = |needle: &str| found.iter().find(|d| d.to_string().contains(needle));
    assert!(found.iter().all(|d| d.severity == Severity::Warning), "{text:#?}");
    // Stale: at the `en:` of the summary in the overlay (line 5, column 15).
    let stale = has("the summary was translated").unwrap_or_else(|| panic!("{text:#?}"));
    assert_eq!((stale.file.as_str(), stale.line, stale.col), ("night-watch.ko.ron", 5, 15));
    // An unknown id and a choice too many: in the overlay.
    let unknown = has("no inject `no-such-inject`").unwrap_or_else(|| panic!("{text:#?}"));
    assert_eq!((unknown.line, unknown.col), (21, 10));
    assert!(has("3 choices given, the scenario has 2").is_some(), "{text:#?}");
    // Missing, in the scenario file at the English: a field of a given element,
    // a whole element of a given section; sections left out are not due.
    let from = has("the sender of inject `ransom-note`").unwrap_or_else(|| panic!("{text:#?}"));
    assert_eq!(from.file, "night-watch.ron");
    let line = s.source.lines().position(|l| l.contains("from: \"Incheon Waterworks\"")).unwrap() + 1;
    assert_eq!(from.line, line);
    assert!(has("no Korean text for inject `opening`").is_some(), "{text:#?}");
    assert!(has("no Korean text for nation `us`").is_some(), "{text:#?}");
    assert!(has("agency `rok/nso`").is_some(), "{text:#?}");
    assert!(!text.iter().any(|t| t.contains("asset") || t.contains("incident")), "{text:#?}");
    // The same lint in Korean.
    let ko = lint(Lang::Ko, &s);
    assert_eq!(ko.len(), found.len());
    assert!(ko.iter().any(|d| d.message.contains("개요 한국어 번역이 오래됨")), "{ko:#?}");
}

#[test]
fn a_complete_overlay_has_no_findings_and_a_changed_english_is_stale() {
    let s = starter();
    // Write an overlay of every text, each "ko" its English reversed.
    let e = |t: Text| {
        let en = s.english(t).unwrap();
        let esc = |x: &str| x.replace('\\', "\\\\").replace('"', "\\\"");
        format!("(en: \"{}\", ko: \"{}\")", esc(en), esc(&en.chars().rev().collect::<String>()))
    };
    let d = &s.def;
    let mut src =
        format!("(scenario: \"{}\", title: {}, summary: {},\n", d.id, e(Text::Title), e(Text::Summary));
    src += "nations: [";
    for (n, x) in d.nations.iter().enumerate() {
        let agencies: Vec<String> = (0..x.agencies.len())
            .map(|a| {
                format!("(id: \"{}\", name: {})", x.agencies[a].id, e(Text::Agency { nation: n, agency: a }))
            })
            .collect();
        src += &format!(
            "(id: \"{}\", name: {}, short: {}, agencies: [{}]),\n",
            x.id,
            e(Text::Nation(n)),
            e(Text::NationShort(n)),
            agencies.join(", ")
        );
    }
    let named = |section: &str, ids: Vec<&String>, t: fn(usize) -> Text| {
        let items: Vec<String> =
            ids.iter().enumerate().map(|(i, id)| format!("(id: \"{id}\", name: {})", e(t(i)))).collect();
        format!("],\n{section}: [{}", items.join(", "))
    };
    src += &named("third_states", d.third_states.iter().map(|x| &x.id).collect(), Text::ThirdState);
    src += &named("assets", d.assets.iter().map(|x| &x.id).collect(), Text::Asset);
    src += &named("actors", d.actors.iter().map(|x| &x.id).collect(), Text::Actor);
    src += "],\nincidents: [";
    for (i, x) in d.incidents.iter().enumerate() {
        let stages: Vec<String> =
            (0..x.stages.len()).map(|k| e(Text::Stage { incident: i, stage: k })).collect();
        src += &format!(
            "(id: \"{}\", name: {}, stages: [{}]),\n",
            x.id,
            e(Text::Incident(i)),
            stages.join(", ")
        );
    }
    src += "],\ninjects: [";
    for (i, x) in d.injects.iter().enumerate() {
        let qs: Vec<String> =
            (0..x.questions.len()).map(|q| e(Text::Question { inject: i, question: q })).collect();
        let cs: Vec<String> =
            (0..x.choices.len()).map(|c| e(Text::Choice { inject: i, choice: c })).collect();
        src += &format!(
            "(id: \"{}\", title: {}, from: {}, text: {}, questions: [{}], choices: [{}], expected_action: {}),\n",
            x.id,
            e(Text::InjectTitle(i)),
            e(Text::InjectFrom(i)),
            e(Text::InjectText(i)),
            qs.join(", "),
            cs.join(", "),
            e(Text::ExpectedAction(i))
        );
    }
    src += "],\nobjectives: [";
    for (i, x) in d.objectives.iter().enumerate() {
        src += &format!("(id: \"{}\", text: {}),\n", x.id, e(Text::Objective(i)));
    }
    src += "])\n";
    let mut s = with_overlay(&src);
    let tr = s.translation(Lang::Ko).unwrap();
    assert!(tr.diagnostics.is_empty(), "{:#?}", tr.diagnostics);
    assert_eq!(tr.missing(&s), []);
    assert_eq!(lint(Lang::En, &s), []);
    assert_eq!(tr.texts.len(), s.texts().iter().filter(|&&t| !s.english(t).unwrap().is_empty()).count());
    // The author rewrites an inject's text: its translation is now stale.
    s.def.injects[1].text.push_str(" More.");
    let found = lint(Lang::En, &s);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains("the text of inject `sub-detected`"), "{}", found[0]);
}

#[test]
fn a_broken_overlay_is_an_error_at_its_place_and_gives_no_text() {
    let broken = "(\n    scenario: \"night-watch\",\n    title: (en: \"Night Watch\" ko: \"x\"),\n)";
    let s = with_overlay(broken);
    let tr = s.translation(Lang::Ko).unwrap();
    assert!(tr.texts.is_empty());
    let d = &tr.diagnostics[0];
    assert_eq!((d.severity, d.line, d.file.as_str()), (Severity::Error, 3, "night-watch.ko.ron"), "{d}");
    assert_eq!(s.text(Lang::Ko, Text::Title), "Night Watch");
    assert_eq!(lint(Lang::En, &s), tr.diagnostics, "only the error: the rest cannot be judged");

    let other = with_overlay("(scenario: \"tutorial\", title: (en: \"a\", ko: \"b\"))");
    let d = &other.translation(Lang::Ko).unwrap().diagnostics[0];
    assert!(d.message.contains("scenario `tutorial`, not of `night-watch`"), "{d}");
    assert_eq!(other.text(Lang::Ko, Text::Title), "Night Watch");

    let unknown_field = with_overlay("(scenario: \"night-watch\", titel: (en: \"a\", ko: \"b\"))");
    let d = &unknown_field.translation(Lang::Ko).unwrap().diagnostics[0];
    assert_eq!((d.severity, d.line, d.col), (Severity::Error, 1, 27), "{d}");

    let long =
        format!("(scenario: \"night-watch\", title: (en: \"Night Watch\", ko: \"{}\"))", "가".repeat(4001));
    let long = with_overlay(&long);
    let d = &long.translation(Lang::Ko).unwrap().diagnostics[0];
    assert_eq!((d.severity, d.line, d.col), (Severity::Error, 1, 35), "{d}");
}

#[test]
fn garbage_never_panics() {
    let cuts: Vec<&str> =
        (0..OVERLAY.len()).filter(|&i| OVERLAY.is_char_boundary(i)).map(|i| &OVERLAY[..i]).collect();
    for (k, src) in cuts.iter().enumerate().step_by(7) {
        let s = with_overlay(src);
        for d in lint(Lang::Ko, &s) {
            assert!(d.line >= 1 && d.col >= 1, "cut {k}: {d}");
        }
    }
    for src in
        ["", "\u{feff}", "()", "(scenario: 3)", "[]", "(scenario: \"night-watch\", injects: [(id: \"\")])"]
    {
        let s = with_overlay(src);
        let _ = lint(Lang::En, &s);
    }
}

#[test]
fn load_finds_the_overlay_beside_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("night-watch.ron");
    std::fs::write(&path, crate::authoring::starter_scenario("Night Watch")).unwrap();
    let s = Scenario::load(&path).unwrap();
    assert!(s.translations.is_empty());
    std::fs::write(overlay_path(&path, Lang::Ko), OVERLAY).unwrap();
    let s = Scenario::load(&path).unwrap();
    assert_eq!(s.text(Lang::Ko, Text::Title), "야간 당직");
    assert_eq!(s.translation(Lang::Ko).unwrap().file, overlay_path(&path, Lang::Ko).display().to_string());
    // Not UTF-8: the scenario still loads, the overlay's problem is located.
    std::fs::write(overlay_path(&path, Lang::Ko), b"(scenario: \"\xff\")").unwrap();
    let s = Scenario::load(&path).unwrap();
    let d = &s.translation(Lang::Ko).unwrap().diagnostics[0];
    assert_eq!((d.severity, d.line, d.col), (Severity::Error, 1, 13), "{d}");
}

#[test]
fn a_broken_overlay_keeps_the_last_good_translation_of_the_same_scenario() {
    let good = with_overlay(OVERLAY);
    let mut now =
        with_overlay(&OVERLAY.replace("title: (en: \"Night Watch\"", "title: (en: \"Night Watch\" ko"));
    let broken = now.keep_good_translations(Some(&good));
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert_eq!(broken[0].0, "night-watch.ko.ron");
    assert!(broken[0].1.iter().all(|d| d.line == 4 && d.file == "night-watch.ko.ron"), "{broken:?}");
    assert_eq!(now.text(Lang::Ko, Text::Title), "야간 당직", "the last good text stays");
    // A good overlay replaces the last one; nothing is reported.
    let mut fixed = with_overlay(&OVERLAY.replace("야간 당직", "야간 근무"));
    assert!(fixed.keep_good_translations(Some(&good)).is_empty());
    assert_eq!(fixed.text(Lang::Ko, Text::Title), "야간 근무");
    // Another scenario (its English changed): the old text is not carried over.
    let mut other =
        with_overlay(&OVERLAY.replace("title: (en: \"Night Watch\"", "title: (en: \"Night Watch\" ko"));
    other.source.push_str("\n// edited\n");
    assert_eq!(other.keep_good_translations(Some(&good)).len(), 1);
    assert_eq!(other.text(Lang::Ko, Text::Title), "Night Watch");
}
