# 보고서 관련 명령줄 출력 (src/cli): report, msel, simulate --report.
# 경로와 오류 문구는 인수로 들어온다.

report-cli-written = { $path } 작성 완료 (report.md, decisions.csv 포함)
report-cli-unverified = { $file }: 경고: 보고서에 '검증 안 됨' 표시를 붙였다 ({ $why })
report-cli-cannot-write = { $dir }: 보고서를 쓸 수 없음: { $error }
report-cli-msel-written = { $path } 작성 완료 (상황 부여 { $injects }건)
report-cli-lang-both = --lang both: 두 언어를 함께 쓰는 명령은 report, msel, simulate --report뿐이다. 여기서는 en 또는 ko를 쓸 것
report-cli-simulate-head = { $title } — 시드 { $seed }부터 정책당 { $runs }회 실행
report-cli-simulate-speed = { $runs }회 실행, { $seconds }초, 스레드 { $threads }개: 초당 { $rate }회
report-cli-balance-written = 파일 { $files }개 작성 완료. 열기: { $index }
report-cli-balance-failed = { $dir }: 밸런스 보고서를 쓸 수 없음: { $error }
# 요약 표의 머리글 (영어 외 언어). 칸이 좁으니 짧게 쓴다.
report-cli-table-policy = 정책
report-cli-table-runs = 실행
report-cli-table-mean = 평균
report-cli-table-win = 성공%
report-cli-table-defeat = 실패%
report-cli-table-continuity = 연속성
report-cli-table-peak = 경보
report-cli-table-trust = 신뢰
report-cli-table-objectives = 목표
