# 상황판 (src/app/board/, 상황 부여 카드, 도움말, 용어집, 코치 창).

## 상단 상태 표시줄
app-status-turn = { $turns }턴 중 { $turn }턴
app-status-difficulty = 난이도: { $name }
app-status-glossary = 📖 용어집 (G)
    .hover = 모든 용어와 조치를 쉬운 말로 풀이
app-status-escalation = 위기 경보 ▲ { $level } · { $name }
    .hover = 위기 지수 { $pressure }/100 (단계 = 1 + 지수 / 20). 지금까지 최고 ▲ { $peak }.
app-trust-strong = 굳건함
app-trust-steady = 안정
app-trust-strained = 불안
app-status-trust = 동맹 신뢰도 { $trust } · { $word }
app-status-score = 점수 { $score }
    .hover = 성공 기준 { $win }점
        귀속 { $attributed }% · 봉쇄 { $contained }% · 피해 예방 { $avoided }% · 국민 불안 { $alarm }
app-status-service = 서비스 { $service }% · 목표 { $met }/{ $total }
app-status-stolen = 유출: 기록 { $records }K건 · 지식재산 ${ $ip }M
app-status-end-turn = 턴 종료 ↵
    .hover = Space 또는 Enter
    .blocked = 먼저 상황 부여 카드에 답하세요
app-hotline-no-calls = 남은 통화 없음
app-hotline-ready-on = { $turn }턴부터 가능 · { $left }회 남음
app-hotline-ready = 통화 가능 · { $left }회 남음
app-hotline-synced = 양국 수뇌부 공조 중
app-hotline-button = ☎  핫라인  (H)
app-hotline-term = 핫라인

## 왼쪽: 기관과 사고
app-desks-agencies = 기관
app-desks-you = { $nation } (플레이어)
app-desks-partner-ai = { $nation } (동맹국 AI)
app-desks-at-desk = { $nation } (단말 사용 중)
app-desks-hidden = 가용 역량 비공개 — 단말 차례 아님
app-desks-incidents = 확인된 사고
app-desks-none = 아직 탐지된 사고가 없습니다.

## 훈련 나가기
app-leave = 훈련을 끝내고 나가시겠습니까?
    .lost = 진행 중인 훈련 내용은 사라집니다.
app-leave-stay = 상황판으로 돌아가기 (Esc)
app-leave-go = 타이틀 화면으로 나가기

## 자산 카드
app-service-normal = 정상
app-service-degraded = 저하
app-service-critical = 심각
app-service-down = 중단
app-asset-card =
    .hover = { $sector } · { $nation } · 이용자 { $people }천 명
        자체 서비스 { $own }, 의존 자산 반영 후 { $service }, 최저 { $lowest }
        클릭하면 이 자산에 조치합니다
app-asset-isolated = ⛔ 격리됨
app-asset-hunt = 🎯 합동 위협 헌팅 { $from }–{ $until }턴
app-asset-needs = 의존: { $names }

## 오른쪽: 조치 입력
app-yes = 예
app-no = 아니오
app-actions-your-desk = 담당: { $nation }
app-actions-team-desk = { $nation } 팀 단말
app-actions-on = 대상 { $target } · { $status }
app-actions-stage = { $stages }단계 중 { $stage }단계: { $name }
app-actions-unknown-technique = 알 수 없는 기법
app-actions-detected = 탐지 { $turn }턴 · 인지: { $known }
app-actions-investigation = 조사 진척도
app-actions-attributed = 귀속: { $actor }
app-actions-not-attributed = 귀속 미확정 (조사 60% 필요)
app-actions-shared = 정보공유: { $shared } · 공개 귀속: { $public }
app-actions-shared-nobody = 아직 없음
app-actions-asset = { $nation } · { $sector } · 이용자 { $people }천 명
app-actions-service = 서비스 { $service }% { $word }
app-actions-protection = 보안 강화 { $hardening } · 관제 { $monitoring }
app-actions-isolated = 격리됨
app-actions-select = 상황판에서 사고나 자산을 선택하면 조치할 수 있습니다.
app-actions-action = 조치
app-actions-agency = 기관
app-actions-agency-points = { $agency } · { $points }점
app-actions-agency-unskilled = { $agency } · { $points }점 · 역량 없음
app-actions-no-incident = 이 단말이 아는 사고 없음
app-actions-incident = 사고
app-actions-share-with = 공유 대상
app-actions-joint = 동맹국과 공동 귀속 발표 (핫라인 공조 필요)
app-actions-asset-pick = 자산
app-actions-no-third = 이 시나리오에는 협조를 요청할 제3국이 없습니다.
app-actions-ask = 요청 대상
app-actions-about = 관련 행위자
app-actions-cost = { $action } — 행동 점수 { $cost }점
app-actions-allowed = ✔ 지금 실행 가능
app-actions-choose = ✖ 기관과 대상을 고르세요
app-actions-why = 조치 사유 (로그에 기록됨)
app-actions-commit = 조치 실행

## 상황 부여 카드
app-inject-to-all = 훈련 참가자 전원
app-inject-to-team = { $nation } 팀
app-inject-to-role = 역할: { $role }
app-inject-control = 훈련 진행자
app-inject-from-to = 발신: { $from }   ·   수신: { $to }
app-inject-discuss = 토의 사항
app-inject-decide = 결정
app-inject-choice-default = { $n }. { $label }  (기본값)
app-inject-decided = 결정됨: { $label }
app-inject-noted = 확인 ↵
app-inject-more = 대기 중인 카드 { $count }장

## 도움말 (F1)
app-help-title = 진행 방법
app-help-turn = 매 턴: 상황 부여 카드를 읽고, 상황판에서 사고나 자산을 선택한 뒤, 오른쪽 패널에서 조치·기관·대상을 골라 실행합니다. 기관마다 턴당 행동 점수가 정해져 있습니다. 그다음 턴을 종료하면 공격자가 움직이고 탐지 판정이 이루어지며, 요약 화면에 달라진 점이 나옵니다.
app-help-board = 상황판 읽는 법: 서비스 상태는 숫자, 단어(정상 / 저하 / 심각 / 중단), 막대로 표시됩니다. 사고에는 진행 단계와 상태가 나옵니다 (⚠ 탐지, 🔍 조사 중, 🎯 귀속, ⛔ 봉쇄, ✔ 해결). 선은 자산과 그 자산에 의존하는 자산을 잇고, 점은 의존하는 쪽 끝을 표시합니다. 위기 경보 단계는 ▲ 1(정상)부터 ▲ 5(심각)까지입니다. 아무도 탐지하지 못한 사고는 보이지 않습니다.
app-close-esc = 닫기 (Esc)

## 단축키 (도움말)
app-key-continue = 턴 종료 (또는 턴 요약 닫기, 상황 부여 카드 확인)
app-key-ready = 교대 카드: 단말 앞 팀 준비 완료 (워크숍)
app-key-hotline = 핫라인 통화
app-key-log = 로그 보이기 / 숨기기
app-key-console = 진행자 콘솔: 일시 정지, 턴 진행, 제한 시간, 상황 부여, 판정, 메모 (워크숍)
app-key-projector-window = 별도 창의 프로젝터 화면 — 두 번째 모니터가 있으면 그쪽에 표시 (워크숍)
app-key-fullscreen = 선택한 창(주 화면 또는 프로젝터) 전체 화면 전환
app-key-projector = 프로젝터 화면: 현재 상황 부여, 토의 사항, 시계, 서비스 상태 — 비공개 정보 없음 (워크숍)
app-key-choose = 상황 부여 카드의 선택지 고르기
app-key-reload = 시나리오 파일을 다시 읽고 지금까지의 결정을 재실행 (작성자용)
app-key-glossary = 용어집: 모든 용어와 조치를 쉬운 말로
app-key-restart = 시나리오 파일 변경됨: 새 파일로 다시 시작 (같은 시드·난이도) / 계속 진행
app-key-help = 이 도움말
app-key-back = 겹쳐 뜬 창 닫기 · 뒤로
app-key-zoom = 화면 크게 / 작게 / 기본
