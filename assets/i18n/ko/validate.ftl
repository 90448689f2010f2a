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
validate-element-incident = 사건
validate-element-inject = 상황 부여
validate-element-objective = 훈련 목표

## 시나리오 문장 하나. $id는 요소의 id, $n은 1부터 센다.
validate-text-title = 제목
validate-text-summary = 개요
validate-text-name = { $element } `{ $id }`의 이름
validate-text-short = 국가 `{ $id }`의 약칭
validate-text-stage = 사건 `{ $id }`의 { $n }단계 이름
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
