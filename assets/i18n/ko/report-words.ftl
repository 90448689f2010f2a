# 보고서가 MSEL·밸런스 페이지와 함께 쓰는 말: 상황 부여 조건
# (scenario::Trigger)과 MSEL 머리글.

## 상황 부여 조건 (진행자가 MSEL에서 읽는 말).
trigger-at-turn = { $turn }턴 시작 시
trigger-stage = { $incident }{ JOSA($incident, "이") } "{ $stage }" 단계에 이르면
trigger-detected = { $incident }{ JOSA($incident, "이") } 탐지되면
trigger-escalation = 위기 경보가 { $level }단계에 이르면
trigger-service-below = { $asset }의 서비스 수준이 { $level }% 아래로 떨어지면
trigger-action = { $who }{ JOSA($who, "이") } "{ $action }" 조치를 하면
trigger-action-anyone = 어느 국가든 "{ $action }" 조치를 하면
trigger-chance = 확률 부여: 턴당 { $percent }%, { $from }–{ $to }턴
trigger-repeats = { $trigger } (반복)

## MSEL 머리글 (hotline msel)과 그 밖의 말.
msel-turn = 턴
msel-time = 시각
msel-inject = 상황 부여
msel-kind = 종류
msel-from = 발신
msel-to = 수신
msel-trigger = 부여 조건
msel-expected-action = 기대 조치
msel-objective = 관련 목표
msel-questions = 토의 질문
msel-to-all = 전체
msel-text = 상황 내용
msel-choices = 선택지
msel-fired = 부여 시점(모의)
# 기본 정책별 시드 고정 모의 훈련에서 조건부 상황 메시지가 부여된 턴.
msel-fired-turns = { $from }–{ $to }턴 (모의 훈련 { $games }회 중 { $runs }회 부여)
msel-fired-never = 모의 훈련 { $games }회에서 한 번도 부여되지 않음
