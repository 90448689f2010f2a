# `hotline validate`가 시나리오와 그 번역에 대해 알려 주는 말 (src/scenario/).
# 메시지마다 모든 언어에서 id, 속성, $인자가 같다 (docs/i18n.md).

## 메시지에서 부르는 언어 이름.
validate-lang-en = 영어
validate-lang-ko = 한국어

## 메시지에서 부르는 시나리오 요소.
validate-element-nation = 국가
validate-element-agency = 기관
validate-element-third-state = 제3국
validate-element-asset = 기반시설
validate-element-actor = 위협 행위자
validate-element-incident = 사고
validate-element-inject = 상황 부여
validate-element-objective = 훈련 목표

## 시나리오 문장 하나. $id는 요소의 id, $n은 1부터 센다.
validate-text-title = 제목
validate-text-summary = 개요
validate-text-hotline-name = 핫라인 이름
validate-text-name = { $element } `{ $id }`의 이름
validate-text-short = 국가 `{ $id }`의 약칭
validate-text-stage = 사고 `{ $id }`의 { $n }단계 이름
validate-text-inject-title = 상황 부여 `{ $id }`의 제목
validate-text-from = 상황 부여 `{ $id }`의 발신처
validate-text-text = { $element } `{ $id }`의 본문
validate-text-question = 상황 부여 `{ $id }`의 { $n }번 토의 질문
validate-text-choice = 상황 부여 `{ $id }`의 { $n }번 선택지
validate-text-expected-action = 상황 부여 `{ $id }`의 기대 조치

## 번역 점검 ($lang: 언어 이름, $overlay: 번역 파일).
validate-missing = { $overlay }에 { $what } { $lang } 번역이 없음
    .hint = 번역 파일에 (en: "영어 원문", ko: "번역")으로 추가하거나, 영어로 두려면 그 절 전체를 빼십시오
validate-missing-element = { $overlay }에 { $element } `{ $id }` { $lang } 번역이 없음
validate-stale = { $what } { $lang } 번역이 오래됨: 번역한 뒤에 영어 원문이 바뀌었음
    .hint = 시나리오의 영어 원문을 다시 번역하고 그 원문을 여기 `en:`에 옮겨 적으십시오. 지금 원문의 첫머리: "{ $english }"

## 번역 파일 읽기.
validate-overlay-too-long = 번역 파일이 { $bytes }바이트임. 최대 { $max }바이트까지 읽음
    .hint = 번역 파일은 시나리오와 길이가 비슷함. 제한은 docs/scenario-format.md 참고
validate-overlay-other-scenario = 이 파일은 `{ $id }`{ JOSA($id, "이") } 아니라 시나리오 `{ $found }`의 번역임
    .hint = `scenario: "{ $id }"`{ JOSA($id, "으로") } 고치거나, 번역하는 시나리오 이름으로 파일 이름을 바꾸십시오
validate-overlay-unknown = 시나리오 { $scenario }에 { $what } `{ $id }`{ JOSA($id, "이") } 없음: 이 번역은 쓰이지 않음
    .hint = 시나리오의 id를 그대로 쓰거나(id는 번역하지 않음) 이 항목을 지우십시오
validate-overlay-duplicate = `{ $id }`{ JOSA($id, "이") } 두 번 나옴: 두 번째 항목은 쓰이지 않음
    .hint = id마다 항목을 하나만 두십시오
validate-overlay-extra = { $field } 번역이 { $given }개인데 시나리오에는 { $have }개뿐임: 나머지는 쓰이지 않음
    .hint = 목록의 번역은 시나리오 목록과 같은 순서로 항목마다 하나씩 씀
validate-overlay-text-too-long = 이 번역은 { $max }자를 넘음
    .hint = 줄이십시오. 긴 글은 상황판이 아니라 훈련 안내서에 넣으십시오
validate-overlay-alone = 이 번역 옆에 시나리오가 없음: { $scenario } 파일이 없음
    .hint = 번역 NAME.ko.ron은 번역하는 시나리오 NAME.ron과 같은 폴더에 두십시오

## `validate`가 출력하는 문제 하나: "파일:줄:열: 오류: 내용", 다음 줄에 조치 안내.
validate-diagnostic = { $file }:{ $line }:{ $col }: { $severity }: { $message }
validate-hint = 조치: { $hint }
validate-error = 오류
validate-warning = 경고

## 파일마다 마지막 줄.
validate-ok = { $file }: 이상 없음 (경고 { $warnings }건)
validate-failed = { $file }: 오류 { $errors }건, 경고 { $warnings }건
validate-cut-short = { $file }: 참고: 시뮬레이션 점검은 정책마다 시드 { $runs }회 중 { $done }회에서 멈춤 (이만큼 큰 시나리오에는 정해진 작업량만 씀). 점검 결과는 그 실행분만 반영함. 더 돌리려면 `hotline simulate`를 쓰십시오

## 점검(lint): 문법상 맞지만 작성자가 의도하지 않았을 법한 것 (src/scenario/lint/).
lint-incident-never-starts = 사고 `{ $id }`{ JOSA($id, "은") } 시작되지 않음: 이 사고를 시작하는 상황 부여({ $injects })가 발생할 수 없음
    .hint = start_turn을 주거나, 발생할 수 있는 상황 부여에서 시작하게 하십시오 (해당 상황 부여의 경고 참고)
lint-stage-unreachable = 사고 `{ $id }`의 "{ $stage }" 단계가 advance 0이라 { $lost } 단계에 도달할 수 없음
    .hint = "{ $stage }" 단계에 0보다 큰 진행 확률을 주거나(예: `advance: 0.3`) 그 뒤 단계를 지우십시오. 지금은 진행자 판정으로만 사고를 진행시킬 수 있음
lint-inject-never-fires = 상황 부여 `{ $id }`{ JOSA($id, "은") } 발생할 수 없음: { $why }
lint-objective-impossible = 훈련 목표 `{ $id }`{ JOSA($id, "은") } 달성할 수 없음: { $why }
lint-family-never = 이 시나리오에서는 { $families } 조치를 { $count ->
    [one] {""}
   *[other] {"모두 "}
}할 수 없음: { $why }
lint-no-third-state-origin = 이 시나리오에서 { $family }{ JOSA($family, "은") } 효과가 없음: 제3국을 거점으로 한 위협 행위자가 없어 모든 요청이 빈손으로 돌아옴
    .hint = 위협 행위자의 활동이 제3국에서 비롯된다면 origin을 그 제3국 id로 하거나, 제3국을 지우십시오
lint-joint-alone = 이 시나리오에서 { $family }{ JOSA($family, "은") } 공동 효과가 없음: 수사 역량을 가진 기관이 { $nation }에만 있어 함께할 상대가 없음
    .hint = 다른 나라 기관에도 수사(Investigation) 역량을 주거나, 참가자들이 단독으로 조사하리라 예상하십시오
lint-objective-trivial = 훈련 목표 `{ $id }`{ JOSA($id, "은") } 참가자 스스로의 조치로만 놓칠 수 있음: { $why }
lint-defeat-never = 패배 조건 { $n }번은 성립할 수 없음: 시나리오의 어떤 것도 `{ $asset }`{ JOSA($asset, "을") } { $level } 아래로 떨어뜨리지 못함 (최저 { $low })
    .hint = 기준을 올리거나, service_loss가 있는 단계로 이 시설(또는 이 시설이 의존하는 시설)을 공격하게 하십시오
lint-asset-unthreatened = 기반시설 `{ $id }`{ JOSA($id, "은") } 위협받지 않는데(이 시설이나 이 시설이 의존하는 시설을 노리는 사고가 없고, 서비스 수준을 낮추는 것도 없음) { $refs }{ $count ->
    [one] 에서
   *[other] 모두에서
} 이 시설을 지목함
    .hint = 사고로 이 시설(또는 이 시설이 의존하는 시설)을 노리게 하거나, 지목한 항목을 공격받는 시설로 바꾸십시오
lint-ref-objective = 훈련 목표 `{ $id }`
lint-ref-defeat = 패배 조건 { $n }번
lint-ref-inject = 상황 부여 `{ $id }`

## 상황 부여가 발생할 수 없거나 목표를 달성할 수 없는 이유와 조치.
lint-why-never-starts = 사고 `{ $id }`{ JOSA($id, "이") } 시작되지 않음
    .hint = 사고에 start_turn을 주거나 발생할 수 있는 상황 부여에서 시작하게 하십시오
    .hint-objective = 사고에 start_turn을 주거나 발생할 수 있는 상황 부여에서 시작하게 하거나, 실제로 진행되는 사고를 평가하십시오
lint-why-stage = `{ $id }`의 "{ $stage }" 단계에 도달할 수 없음: 그 앞 "{ $blocker }" 단계가 advance 0임
    .hint = "{ $blocker }" 단계에 0보다 큰 진행 확률을 주거나, 도달할 수 있는 단계를 조건으로 삼으십시오
lint-why-service = 시나리오의 어떤 것도 `{ $asset }`{ JOSA($asset, "을") } { $level } 아래로 떨어뜨리지 못함 (최저 { $low })
    .hint = 참가자 스스로의 보안 강화나 격리로만 그만큼 떨어질 수 있음: service_loss가 있는 단계로 이 시설(또는 이 시설이 의존하는 시설)을 공격하게 하거나 기준을 올리십시오
lint-why-family = { $family } 조치를 할 수 없음: { $why }
lint-why-unreachable = 도달할 수 없음
lint-why-no-sharer = { $nation }에 위협정보를 공유해 줄 정보(Intelligence) 역량 기관을 가진 동맹국이 없음
    .hint = 다른 나라에 정보기관을 두거나(예: `skills: {"{"}Intelligence: 60{"}"}`), 이 목표를 빼십시오
lint-trivial-service = 시나리오의 어떤 것도 `{ $asset }`{ JOSA($asset, "을") } { $min } 아래로 떨어뜨리지 못함 (사고·상황 부여·연쇄 피해로 떨어져도 최저 { $low })
    .hint = 위협이 이 목표를 흔들어야 한다면, 이 시설(또는 의존 시설)을 치는 단계의 피해를 키우거나 cascade_slack을 낮추거나 기준을 높이십시오. 지금은 참가자 스스로의 격리(서비스 수준 상한 50)나 거듭된 보안 강화(회당 -5)로만 놓칠 수 있음
lint-trivial-sector = 시나리오의 어떤 것도 { $sector } 분야를 { $min } 아래로 떨어뜨리지 못함 (사고·상황 부여·연쇄 피해로 떨어져도 최저 { $low })
lint-trivial-sector-nation = 시나리오의 어떤 것도 { $nation }의 { $sector } 분야를 { $min } 아래로 떨어뜨리지 못함 (사고·상황 부여·연쇄 피해로 떨어져도 최저 { $low })

## 조치 유형을 할 수 없는 이유. $skill은 역량 이름, $name은 파일에 쓰는 이름.
lint-block-skill = { $skill } 역량을 가진 기관이 없음
    .hint = 어느 기관에 { $skill } 역량을 주거나(예: `skills: {"{"}{ $name }: 60{"}"}`), 이 조치 유형을 훈련 목표와 상황 부여에서 빼십시오
lint-block-skill-nation = { $nation }에는 { $skill } 역량을 가진 기관이 없음
lint-block-defense = 방어 기관을 가진 나라 중 기반시설을 가진 나라가 없음
    .hint = 보안 강화, 격리, 복구는 시설을 가진 나라만 할 수 있음: 시설을 가진 나라에 방어(Defense) 기관을 두십시오
lint-block-no-assets = 위협 헌팅을 할 기반시설이 없음
    .hint = 기반시설을 추가하십시오
lint-block-one-military = 합동 위협 헌팅에는 두 나라 군이 필요한데, 군사(Military) 역량을 가진 기관이 있는 나라가 둘이 안 됨
    .hint = 다른 한 나라에도 군 사이버 조직을 두십시오(예: `skills: {"{"}Military: 60{"}"}`)
lint-block-no-third = 협조를 요청할 제3국이 없음
    .hint = third_states 항목을 추가하고, 그곳을 거점으로 하는 위협 행위자의 origin을 지정하십시오
lint-block-no-hotline = 핫라인 통화 횟수가 없음 (rules.hotline_calls가 0이고, 통화를 더해 주는 상황 부여도 발생할 수 없음)
    .hint = rules.hotline_calls를 1 이상으로 하거나 HotlineCall 효과를 추가하십시오
lint-block-no-incident = 시작되는 사고가 하나도 없음
    .hint = 사고에 start_turn을 주십시오

## 시뮬레이션 점검 ($evidence: 돌려 본 횟수).
lint-sim-evidence = 내장 정책별 시드 { $done }회 실행({ $policies })
lint-sim-objective = 훈련 목표 `{ $id }`{ JOSA($id, "은") } { $evidence }에서 한 번도 달성되지 않음
    .hint = 내장 정책이 전문가는 아니지만, 어느 정책도 달성하지 못하는 목표는 아무에게도 보상이 되지 않음: { $advice }. `hotline simulate`로 달성률을 확인하십시오
lint-sim-inject = 상황 부여 `{ $id }`{ JOSA($id, "은") } { $evidence }에서 한 번도 발생하지 않음
lint-advice-by-turn = by_turn을 늦추거나, 사고를 더 일찍 시작하거나 더 쉽게 탐지되거나 더 느리게 진행되게 하십시오
lint-advice-attributed = 사고를 더 쉽게 탐지되게 하거나 더 일찍 시작하십시오
lint-advice-service = 요구하는 서비스 수준을 낮추거나, 시설을 치는 단계를 약하게 하십시오
lint-advice-escalation = 더 높은 단계를 허용하거나, 압력(start_escalation, 피해를 주는 단계, 여론 불안)을 낮추십시오
lint-advice-trust = 요구하는 신뢰를 낮추거나, 시작 신뢰를 높이십시오
lint-advice-stolen = 허용하는 피해를 늘리거나, 탈취 단계에 이르기 어렵게 하십시오
lint-advice-other = 달성할 수 있게 하거나 빼십시오
lint-fire-at-turn = 모든 실행이 { $turn }턴 전에 끝남 (사고가 모두 해결되었거나 패배 조건 충족): 더 일찍 발생시키십시오
lint-fire-stage = 사고 `{ $id }`{ JOSA($id, "이") } "{ $stage }" 단계에 이르지 못함: 그 앞 단계의 진행 확률을 올리거나 사고를 더 일찍 시작하십시오
lint-fire-detected = `{ $id }`{ JOSA($id, "이") } 한 번도 탐지되지 않음: 단계의 탐지 확률이나 대상 시설의 모니터링을 높이십시오
lint-fire-escalation = 위기 경보가 { $level }단계에 이르지 않음: 더 낮은 단계를 쓰거나 압력(피해를 주는 단계, Escalation·Alarm 효과)을 더하십시오
lint-fire-service = `{ $asset }`의 서비스 수준이 { $level } 아래로 떨어지지 않음: 기준을 올리거나 시설을 치는 단계의 피해를 키우십시오
lint-fire-action = 어느 정책도 { $family } 조치를 하지 않음: 할 수 있는 조치인지(역량, 행동력, 대상) 확인하십시오
lint-fire-chance = 확률 p를 올리거나 턴 범위를 넓히십시오

## 시나리오 검사의 오류와 경고 (src/scenario/validate/). 숫자는 파일에 쓴 그대로 들어온다.
validate-element-state = 제3국이나 국가
validate-suggest = 정의된 { $what } id 중 하나를 쓰십시오: { $ids }
validate-suggest-none = { $what }부터 정의하십시오
validate-range = `{ $id }`의 { $field } 값 { $value }{ JOSA($value, "이") } 범위 { $lo }..={ $hi }{ JOSA($hi, "을") } 벗어남
    .hint = { $field }{ JOSA($field, "을") } { $lo }에서 { $hi } 사이로 하십시오
validate-top-range = { $field } 값 { $value }{ JOSA($value, "이") } 범위 { $range }{ JOSA($range, "을") } 벗어남
validate-turns-hint = 훈련은 1~200턴이어야 함
validate-hours-hint = 한 턴은 1시간에서 1주일 사이임
validate-win-score-hint = 점수는 0에서 100 사이임
validate-rules-hint = { $field }{ JOSA($field, "을") } 0에서 { $hi } 사이로 하십시오
validate-duplicate-id = { $section }에 id `{ $id }`{ JOSA($id, "이") } 중복됨
    .hint = 한 절 안의 id는 모두 달라야 함: 하나의 이름을 바꾸십시오
validate-empty-id = { $section }의 한 요소에 id가 비어 있음
    .hint = "kr-grid-1"처럼 짧고 겹치지 않는 id를 주십시오
validate-empty-hotline-name = `hotline_name`이 비어 있음
    .hint = 참가자가 읽을 정상 간 채널 이름을 쓰거나("White House–Blue House"), 필드를 빼서 "정상 간 핫라인"으로 두십시오
validate-too-few-nations = 정의된 국가가 { $count }개뿐임: 동맹 도상훈련에는 두 나라 이상이 필요함
    .hint = 상대 동맹국과 그 기관을 추가하십시오
validate-third-is-nation = 제3국 `{ $id }`의 id가 국가 id와 같음
    .hint = 국가와 제3국의 id는 서로 달라야 함
validate-no-agencies = 국가 `{ $id }`에 기관이 없음
    .hint = 기관을 하나 이상 추가하십시오. 조치는 기관이 함
validate-duplicate-agency = 국가 `{ $nation }`에 기관 id `{ $id }`{ JOSA($id, "이") } 중복됨
    .hint = 기관 id는 한 나라 안에서 서로 달라야 함
validate-skill-range = 기관 `{ $id }`의 { $skill } 역량 { $level }{ JOSA($level, "이") } 범위 0..=100을 벗어남
    .hint = 역량 수준은 0에서 100 사이임
validate-unknown-asset-nation = 기반시설 `{ $id }`의 소속 국가 `{ $nation }`{ JOSA($nation, "이") } 정의되지 않음
validate-self-dependency = 기반시설 `{ $id }`{ JOSA($id, "이") } 자기 자신에 의존함
    .hint = 자기 depends_on에서 자신을 빼십시오
validate-unknown-dependency = 기반시설 `{ $id }`{ JOSA($id, "이") } 의존하는 `{ $dep }`{ JOSA($dep, "이") } 정의되지 않음
validate-cycle = 의존 관계가 순환함: { $cycle }
    .hint = 서비스 피해는 depends_on을 따라 번지므로 순환하면 안 됨: 순환 고리 하나를 끊으십시오
validate-unknown-origin = 위협 행위자 `{ $id }`의 거점 국가 `{ $origin }`{ JOSA($origin, "이") } 정의되지 않음
validate-unknown-actor = 사고 `{ $id }`의 위협 행위자 `{ $actor }`{ JOSA($actor, "이") } 정의되지 않음
validate-unknown-target = 사고 `{ $id }`의 대상 기반시설 `{ $target }`{ JOSA($target, "이") } 정의되지 않음
validate-no-stages = 사고 `{ $id }`에 단계가 없음
    .hint = 정찰 같은 단계를 하나 이상 추가하십시오
validate-start-turn = 사고 `{ $id }`의 시작 턴 { $turn }{ JOSA($turn, "이") } 범위 1..={ $turns }{ JOSA($turns, "을") } 벗어남
    .hint = 훈련 기간 안에서 시작하게 하거나, start_turn을 빼고 상황 부여에서 시작하게 하십시오
validate-stage-chance = 사고 `{ $id }`의 "{ $stage }" 단계 { $field } 값 { $value }{ JOSA($value, "이") } 범위 0..=1을 벗어남
    .hint = { $field }{ JOSA($field, "은") } 턴당 확률임: 0.25처럼 소수로 쓰십시오
validate-same-stage-names = 사고 `{ $id }`에 이름이 같은 단계가 둘 있음
    .hint = 단계 이름은 발생 조건에서 단계를 가리키므로 서로 달라야 함
validate-unknown-objective = 상황 부여 `{ $id }`의 훈련 목표 `{ $objective }`{ JOSA($objective, "이") } 정의되지 않음
validate-expects-not-directive = 상황 부여 `{ $id }`{ JOSA($id, "은") } 기대 조치 유형을 적었지만 지시(Directive)가 아님
    .hint = `kind: Directive`로 하거나, 조치 유형을 `expected_action`(MSEL용 문장)으로 옮기십시오
validate-expects-twice = 상황 부여 `{ $id }`에 기대 조치 { $family }{ JOSA($family, "이") } 두 번 나옴
    .hint = 조치 유형은 한 번씩만 쓰십시오
validate-unknown-audience = 상황 부여 `{ $id }`의 수신 국가 `{ $nation }`{ JOSA($nation, "이") } 정의되지 않음
validate-never-starts = 사고 `{ $id }`{ JOSA($id, "이") } 시작되지 않음
    .hint = start_turn을 주거나, 상황 부여나 선택지의 StartIncident로 시작하게 하십시오
validate-no-text = 상황 부여 `{ $id }`에 본문이 없음
    .hint = 참가자가 무엇을 알게 되는지 쓰십시오: 누가, 어디서, 무엇을 보고하는가
validate-more-problems = 표시하지 않은 문제가 { $count }건 더 있음
    .hint = 위 문제를 고치고 다시 점검하십시오

## 효과, 발생 조건, 판정 조건 (src/scenario/validate/refs.rs, conditions.rs).
validate-unknown-technique = MITRE ATT&CK 기법 id `{ $id }`{ JOSA($id, "을") } 찾을 수 없음
    .hint = src/attack.rs 표에 있는 ICS id(T08xx)나 Enterprise v15 id(T1xxx, T1xxx.yyy)를 쓰십시오
validate-effect-unknown = `{ $owner }`의 효과에 나온 { $what } `{ $id }`{ JOSA($id, "이") } 정의되지 않음
validate-effect-range = `{ $owner }`의 효과가 값을 { $value }만큼 바꿈: 범위 -{ $max }..={ $max }{ JOSA($max, "을") } 벗어남
    .hint = 효과 하나는 값을 최대 { $max }점(값의 전체 범위)까지만 바꿀 수 있음
validate-starts-started = `{ $owner }`{ JOSA($owner, "이") } 사고 `{ $id }`{ JOSA($id, "을") } 시작하지만, 이 사고는 이미 { $turn }턴에 스스로 시작됨
    .hint = 사고의 start_turn을 지우거나 이 StartIncident를 지우십시오
validate-never-fires = 상황 부여 `{ $id }`{ JOSA($id, "은") } 발생할 수 없음: { $why }
validate-why-turn = { $turn }턴은 범위 1..={ $turns }{ JOSA($turns, "을") } 벗어남
    .hint = 훈련 기간 안의 턴을 고르십시오
validate-why-unknown = { $what } `{ $id }`{ JOSA($id, "이") } 정의되지 않음
validate-why-no-stage = 사고 `{ $id }`에 "{ $stage }" 단계가 없음
    .hint = 이 사고의 단계 중 하나를 쓰십시오: { $stages }
validate-why-never-starts = 사고 `{ $id }`{ JOSA($id, "이") } 시작되지 않음
    .hint = 사고에 start_turn을 주거나 다른 상황 부여에서 시작하게 하십시오
validate-detect-zero = 상황 부여 `{ $id }`{ JOSA($id, "은") } `{ $incident }` 탐지를 기다리지만, 이 사고의 모든 단계가 detect 0임
    .hint = 그러면 군 합동 위협 헌팅으로만 찾을 수 있음: 단계 하나에 탐지 확률을 주십시오
validate-why-escalation = 위기 경보 { $level }단계는 범위 1..=5를 벗어남
    .hint = 위기 경보는 1단계(정상)에서 5단계(심각)까지임
validate-why-service = 서비스 수준은 { $level } 아래로 내려갈 수 없음
    .hint = 1에서 100 사이 수준을 쓰십시오
validate-why-chance = 확률 { $p }{ JOSA($p, "이") } 범위 (0, 1]을 벗어남
    .hint = 턴당 확률을 0.2처럼 0보다 큰 소수로 쓰십시오
validate-why-window = 턴 범위 { $from }..={ $to }{ JOSA($to, "이") } 비었거나 범위 1..={ $turns }{ JOSA($turns, "을") } 벗어남
    .hint = from_turn <= to_turn이 되게 훈련 기간 안에서 고르십시오
validate-cond-defeat = 패배 조건
validate-cond-objective = 훈련 목표 `{ $id }`
validate-cond-unknown = { $what }에 나온 { $kind } `{ $id }`{ JOSA($id, "이") } 정의되지 않음
validate-cond-level = { $what }의 위기 경보 { $level }단계는 범위 1..=5를 벗어남
    .hint = 위기 경보는 1단계에서 5단계까지임
validate-cond-percent = { $what }의 값 { $value }{ JOSA($value, "이") } 범위 0..=100을 벗어남
    .hint = 서비스 수준과 신뢰도는 0에서 100 사이임
validate-cond-turn = { $what }의 by_turn { $turn }{ JOSA($turn, "이") } 범위 1..={ $turns }{ JOSA($turns, "을") } 벗어남
    .hint = 훈련 기간 안의 턴을 고르십시오
validate-cond-sector = { $what }{ JOSA($what, "이") } { $sector } 분야를 판정하지만 이 시나리오에 그 분야 기반시설이 없음
    .hint = 그 분야의 기반시설을 추가하거나 있는 분야를 판정하십시오

## 크기 제한 (src/scenario/validate/sizes.rs). $section은 파일의 절 이름, $field는 필드 이름.
validate-count = 정의된 { $section ->
    [nations] 국가
    [third_states] 제3국
    [assets] 기반시설
    [actors] 위협 행위자
    [incidents] 사고
    [injects] 상황 부여
    [objectives] 훈련 목표
    [defeat] 패배 조건
   *[other] { $section }
} { $n }개: 시나리오에는 최대 { $max }개까지 둘 수 있음
    .hint = 훈련을 나누거나 요소를 합치십시오. 제한은 docs/scenario-format.md 참고
validate-repeating = 반복되는(`once: false`) 상황 부여가 { $n }개임: 최대 { $max }개까지 가능
    .hint = 반복 상황 부여는 매 턴 발생할 수 있으므로 꼭 되풀이돼야 하는 몇 개에만 쓰십시오
validate-text-long = { $field }{ JOSA($field, "이") } { $chars }자임: 최대 { $max }자까지 가능
    .hint = 줄이십시오. 긴 글은 상황판이 아니라 훈련 안내서에 넣으십시오
validate-text-long-of = `{ $id }`의 { $field }{ JOSA($field, "이") } { $chars }자임: 최대 { $max }자까지 가능
validate-id-long = id `{ $id }…`{ JOSA($id, "이") } { $chars }자임: 최대 { $max }자까지 가능
    .hint = id는 "kr-grid-1"처럼 짧게 쓰십시오
validate-list-long = `{ $id }`의 { $field }{ JOSA($field, "이") } { $n }개임: 최대 { $max }개까지 가능
    .hint = 제한은 docs/scenario-format.md 참고
validate-population = `{ $id }`의 population { $value }{ JOSA($value, "이") } 범위 0..={ $max }{ JOSA($max, "을") } 벗어남
    .hint = population은 천 명 단위임: 1000이면 인구 백만 도시
validate-stage-effect = 사고 `{ $id }`의 "{ $stage }" 단계 { $field } 값 { $value }{ JOSA($value, "이") } 범위 0..={ $max }{ JOSA($max, "을") } 벗어남
    .hint = { $field }{ JOSA($field, "을") } 0에서 { $max } 사이로 하십시오

## RON 자체 문법 메시지에 붙이는 조치 안내 (src/scenario/mod.rs). $what: "scenario", "nation", "inject"…
validate-ron-unknown-field = 필드 이름을 지우거나 고치십시오: 메시지에 이 자리에 쓸 수 있는 필드가 나와 있음
validate-ron-missing-field = 이 { $what ->
    [scenario] 시나리오
    [rules] rules
    [nation] 국가
    [third-state] 제3국
    [asset] 기반시설
    [actor] 위협 행위자
    [incident] 사고
    [inject] 상황 부여
    [objective] 훈련 목표
    [defeat-condition] 패배 조건
    [translation] 번역
    [save] 저장 파일
    [settings] 설정
   *[other] { $what }
} 요소에 `{ $field }: ...`를 추가하십시오
validate-ron-no-variant = 메시지에 나온 이름 중 하나를 쓰십시오
validate-ron-duplicate-field = `{ $field }`{ JOSA($field, "이") } 두 번 나옴: 하나만 남기십시오
validate-ron-eof = 파일이 너무 일찍 끝남: 닫히지 않은 괄호가 있음
validate-ron-string = 글은 큰따옴표로 감싸십시오
validate-ron-comma = 바로 앞 두 항목 사이에 쉼표가 빠졌음
validate-ron-end = 닫는 괄호가 빠졌거나, 다음 항목 앞에 쉼표가 빠졌음
validate-ron-number = 여기에는 숫자가 와야 함
validate-ron-other = 이 { $what ->
    [scenario] 시나리오
    [nation] 국가
    [asset] 기반시설
    [incident] 사고
    [inject] 상황 부여
    [translation] 번역
   *[other] { $what }
} 부분의 문법을 docs/scenario-format.md와 대조해 보십시오
validate-ron-fraction = 정수가 와야 하는데 { $number }{ JOSA($number, "이") } 있음
    .hint = 이 값은 턴, 점수, 사람처럼 하나씩 세는 값임: 소수점 아래를 지우십시오
validate-ron-fraction-field = `{ $field }`에는 정수가 와야 하는데 { $number }{ JOSA($number, "이") } 있음

## 파일 읽기 ($what: "scenario", "translation"…; $error: 운영체제가 쓴 말).
validate-cannot-read = { $what ->
    [scenario] 시나리오
    [translation] 번역
   *[other] { $what }
} 파일을 읽을 수 없음: { $error }
    .hint = 경로가 맞는지, 읽을 수 있는 파일인지 확인하십시오
validate-is-folder = { $what ->
    [scenario] 시나리오
    [translation] 번역
   *[other] { $what }
} 파일을 읽을 수 없음: 폴더임
    .hint = 파일을 지정하십시오
validate-file-too-long = { $what ->
    [scenario] 시나리오
    [translation] 번역
   *[other] { $what }
} 파일이 { $max }바이트보다 큼: Hotline은 그 이상 읽지 않음
    .hint = 제한은 docs/scenario-format.md 참고
validate-not-utf8 = { $what ->
    [scenario] 시나리오
    [translation] 번역
   *[other] { $what }
} 파일이 UTF-8 텍스트가 아님: 여기 있는 바이트 0x{ $byte }{ JOSA($byte, "은") } 올바른 UTF-8이 아님
    .hint = 파일을 UTF-8로 저장하십시오 (대부분의 편집기에서 "인코딩하여 저장"으로 할 수 있음)
validate-scenario-too-long = 시나리오가 { $bytes }바이트임: 최대 { $max }바이트까지 읽음
    .hint = 허용되는 가장 큰 시나리오도 이보다 훨씬 작음: 제한은 docs/scenario-format.md 참고
