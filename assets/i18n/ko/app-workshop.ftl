# 워크숍 진행 (src/app/workshop.rs, console.rs, projector.rs):
# 단말 교대, 일시 정지, 진행자 콘솔, 프로젝터.

app-done-pass = 완료 → { $nation } ↵
app-done-end-turn = 완료 · 턴 종료 ↵
app-clock =
    .hover = 단말 앞 팀의 남은 시간. 0:00이 되면 다음 팀으로 넘어갑니다
app-handover = { $team } 팀 차례입니다
app-handover-turn = { $turn }턴 · { $time }
app-handover-minutes = 제한 시간은 { $minutes }분입니다.
app-handover-ready = { $team } 팀 준비 완료 — Enter  ↵
app-handover-language = { $team } 팀 단말 언어
app-paused = 일시 정지
    .text = 진행자가 훈련을 잠시 멈췄습니다. 토의 시간입니다.
    .resume = 진행자: F2로 콘솔을 열어 재개하세요.

## 프로젝터
app-projector-trust = 동맹 신뢰도 { $trust }
app-projector-paused = ⏸ 일시 정지
app-projector-no-inject = 아직 상황 부여 없음
    .text = 훈련이 시작되었습니다. 첫 보고가 곧 들어옵니다.
app-projector-inject-kind = 📨 { $kind } · { $turn }턴
app-projector-discuss = 토의 사항
app-inject-from = 발신: { $from }
app-projector-window = 핫라인 — 프로젝터
