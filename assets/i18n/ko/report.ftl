# 사후 검토 보고서(AAR), 강평, 밸런스 페이지, MSEL (src/report).

## 강평 (report::debrief): `hotline play`가 출력하고 앱이 같은 항목을 보여 준다.
report-debrief-title = { $title } — 시드 { $seed }
report-outcome = 결과
report-outcome-value = { $outcome } (전체 { $turns }턴 중 { $turn }턴 진행)
report-score = 점수
report-score-value = { $score } (성공 기준 { $win })
report-percent = { $value }%
report-continuity = 서비스 연속성
report-peak-escalation = 최고 위기 경보
report-peak-escalation-value = { $level }단계 ({ $name })
report-trust = 동맹 신뢰도
report-attributed = 귀속 확인 사고 비율
report-contained = 봉쇄 사고 비율
report-data-stolen = 데이터 유출
report-data-stolen-value = 개인정보 { KO_COUNT($records, scale: 1000) } 건
report-ip-stolen = 지식재산 탈취
report-ip-stolen-value = { KO_COUNT($millions, scale: 1000000) } 달러
report-loss-avoided = 피해 방지율
report-hotline-calls = 핫라인 통화
report-sector-continuity = 분야별 서비스 연속성
report-objectives-met = 목표 달성: { $total }개 중 { $met }개
report-objective-met = 달성
report-objective-missed = 미달성
report-state-hash = 최종 상태 해시: { $hash }
