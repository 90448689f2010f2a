# 사후 검토 화면 (src/app/debrief.rs): 결과, 점수, 그래프, 주요 결정, 전체 로그.
# 점수 표의 항목은 보고서와 같다 (report.ftl).

app-debrief-meta = { $title } · 시드 { $seed } · { $turns }턴 중 { $turn }턴
app-debrief-score = 점수 { $score }
app-debrief-win = 성공 기준 { $win }점
app-debrief-title-screen = 타이틀 (Esc)
app-debrief-again-new = 다시 하기 · 새 시드
app-debrief-again-same = 다시 하기 · 같은 시드
app-debrief-export = 사후 검토 보고서(AAR) 내보내기
    .hover = report.html, report.md, decisions.csv
app-debrief-into = 저장 폴더
    .hover = 보고서를 저장할 폴더 (비워 두면 표시된 기본 폴더)
app-debrief-key = 주요 결정
    .help = 각 결정이 최종 점수를 얼마나 바꿨는지 (그 결정을 빼고 같은 시드로 다시 돌린 결과와 비교)
    .none = 결과를 바꾼 결정이 없습니다.
app-debrief-score-title = 점수
app-debrief-objectives = 훈련 목표 · { $total }개 중 { $met }개 달성
app-debrief-met = ✔ 달성
app-debrief-missed = ✖ 미달성
app-debrief-every = 전체 결정
    .none = 내린 결정이 없습니다.
app-debrief-service = 턴별 분야 서비스 수준 (%)
app-debrief-escalation = 위기 경보 단계와 신뢰도
    .level = 사이버 위기 경보 단계 ▲ 1–5
    .trust = 동맹 신뢰도 ÷ 20
    .level-line = 위기 경보 단계
    .trust-line = 신뢰도 ÷ 20
app-debrief-timeline = 전체 경과 (🔒 = 훈련 중 비공개였던 항목)
