# 핫라인 전체에서 함께 쓰는 말: 언어 이름, 횟수, 숫자.
# 메시지마다 id·속성·$인수가 영어와 같아야 한다 (docs/i18n.md).

## 그 언어를 쓰는 사람이 부르는 이름 (언어 메뉴에는 각 언어를 제 글자로 표시).
lang-name = 한국어
    .code = ko

## 코드가 이미 서식을 맞춘 숫자 (Arg::num): 그대로 표시.
number = { $value }

turns-left = { $count }턴 남음

## 조사(JOSA) 확인용: 앞 낱말의 받침에 따라 이/가를 고른다.
josa-example = { $name }{ JOSA($name, "이") } 알림

## 난이도 (sim::Difficulty).
difficulty-exercise = 연습
difficulty-standard = 표준
difficulty-crisis = 위기

## 훈련 결과 (sim::Outcome).
outcome-success = 성공
outcome-partial = 부분 성공
outcome-defeat = 실패
outcome-in-progress = 진행 중

## 상황 부여 종류 (scenario::InjectKind).
inject-kind-situation = 상황 보고
inject-kind-news-flash = 속보
inject-kind-intel-report = 정보 보고
inject-kind-partner-request = 동맹국 요청
inject-kind-directive = 지시

## 장기 투자 분야 (sim::InvestArea).
invest-rnd = 연구개발
invest-education = 교육
invest-workforce = 인력 양성
invest-policy = 정책 협의

## 사고 진행 상태 (sim::Status).
status-dormant = 잠복 전
status-hidden = 미탐지
status-detected = 탐지
status-investigating = 조사 중
status-attributed = 귀속 확인
status-contained = 봉쇄
status-resolved = 해결

## 주요정보통신기반시설 분야 (scenario::Sector).
sector-energy = 에너지
sector-water = 수자원
sector-telecom = 정보통신
sector-finance = 금융
sector-health = 보건의료
sector-transport = 교통
sector-semiconductor = 반도체
sector-government = 행정
sector-defense = 국방

## 기관 역량 (scenario::Skill).
skill-defense = 방어
skill-investigation = 수사
skill-intelligence = 정보
skill-military = 군사
skill-diplomacy = 외교

## 로그 항목 종류 (sim::LogKind).
log-kind-turn = 턴
log-kind-inject = 상황 부여
log-kind-decision = 결정
log-kind-attack = 공격
log-kind-detection = 탐지
log-kind-investigation = 조사
log-kind-service = 서비스
log-kind-escalation = 위기 경보
log-kind-trust = 신뢰
log-kind-diplomacy = 외교
log-kind-facilitator = 진행자
log-kind-outcome = 결과

## 위기 경보 단계 1–5: 사이버 위기 경보의 정상·관심·주의·경계·심각.
escalation-level-1 = 정상
escalation-level-2 = 관심
escalation-level-3 = 주의
escalation-level-4 = 경계
escalation-level-5 = 심각

## 턴의 작중 시각 (scenario::clock). $clock은 "06:00 KST" 꼴.
weekday-mon = 월요일
weekday-tue = 화요일
weekday-wed = 수요일
weekday-thu = 목요일
weekday-fri = 금요일
weekday-sat = 토요일
weekday-sun = 일요일
time-clock = { $day }일차 { $weekday } { $clock }
time-day-offset = { $day }일차 +{ $hours }시간
time-since-start = { $start } +{ $elapsed }시간 ({ $day }일차)

## 동맹국 두 나라 사이의 신뢰도: 세 나라 이상 동맹에서 상황판과 보고서가 모든 쌍을 나열한다("미국–한국 62 · 미국–일본 48 · 한국–일본 35").
trust-pair = { $a }–{ $b } { $trust }
trust-pair-separator = {" · "}
