# 진행자 콘솔 (src/app/console.rs). 앱의 언어로 표시한다.

app-console-title = 진행자 콘솔 · F2
app-console-target-service = 자산의 서비스 수준
app-console-target-trust = 동맹 신뢰도
app-console-target-escalation = 위기 지수
app-console-target-stage = 사고 진행 단계
app-console-section-timed = 예정 · 지정된 턴
app-console-section-triggered = 예정 · 조건 충족 시
app-console-section-fired = 부여됨
app-console-section-skipped = 취소됨

## 진행 조작
app-console-resume = ▶ 재개
app-console-pause = ⏸ 일시 정지
app-console-advance = ⏭ 턴 넘기기
    .hover = 모든 팀의 이번 턴을 지금 종료합니다
app-console-projector = 프로젝터 화면 (F3)
app-console-window = 보조 창 (F4)
app-console-countdown = 제한 시간
app-console-countdown-off = 없음
app-console-minutes = { $minutes }분
app-console-state = { $turns }턴 중 { $turn }턴 · { $time } · 단말 사용 중: { $desk } · 완료: { $done }
app-console-nobody-done = 아직 없음
app-console-state-net = { $turns }턴 중 { $turn }턴 · { $time }
app-console-paused = 일시 정지됨

## 상황 부여 일정 (MSEL)
app-console-timeline = 상황 부여 일정 (MSEL)
    .help = 앞으로 부여할 상황과 그 시점, 이어서 이미 부여한 상황입니다. 제목에 마우스를 올리면 본문이 보입니다.
app-console-tag-skipped = ✖ 취소됨
app-console-tag-held = ⏸ 보류 중
app-console-tag-fired = ✔ { $turn }턴 부여
app-console-tag-in = { $turns }턴 후
app-console-tag-due = 부여 예정
app-console-tag-waiting = · 조건 대기
app-console-skip = 취소
app-console-release = 보류 해제
app-console-hold = 보류
app-console-fire = 즉시 부여

## 진행자 판정과 메모
app-console-adjudicate = 진행자 판정
    .help = 값을 직접 조정합니다. 사유는 로그와 보고서에 기록됩니다.
app-console-now = 현재 { $value } →
app-console-reason = 사유 (필수)
app-console-apply = 판정 적용
    .disabled = 먼저 사유를 입력하세요
app-console-notes = 진행자 메모
    .hint = 로그와 사후 검토 보고서(AAR)에 남길 관찰 내용
app-console-add-note = 메모 추가
app-console-stage-name = “{ $name }”

## 로그 창과 턴 요약 (src/app/board/)
app-log = 로그
    .hides = (L: 숨기기)
app-log-show = 보기:
app-log-all-nations = 전체 국가
app-log-console = 진행자 콘솔 (F2)
app-log-turn = { $turn }턴
app-log-line = { $turn }턴 { $who }{ $text }
app-summary-title = { $turn }턴 결과 — 달라진 점
app-summary-partner = 이번 턴 동맹국({ $who })의 조치
app-summary-why = 이유:
app-summary-brought = 이번 턴에 일어난 일
app-summary-quiet = 조용한 턴: 보이는 변화가 없습니다.
app-summary-debrief = 사후 검토 보기 ↵
app-summary-continue = 계속 ↵
