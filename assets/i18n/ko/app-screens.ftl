# 상황판 이전 화면 (src/app/screens/, src/app/saves.rs): 타이틀, 시나리오 선택,
# 진행 방식 선택, 자동 저장 이어하기.

app-window-title = 핫라인 — 한미 사이버 사고 대응 도상훈련
app-settings-not-used = hotline: 설정 파일을 쓰지 않습니다 (파일은 그대로 둡니다): { $problem }

## 타이틀
app-title-tagline = 동맹 사이버 사고 대응 도상훈련
app-title-about = 미국 · 대한민국 — 정보공유, 공동조사, 군 간 사이버 협력, 그리고 백악관–청와대 핫라인
app-title-start = 훈련 시작  ↵
app-title-quit = 종료
app-title-keys = 상황판 어디서나 F1 또는 ? 도움말 · Ctrl +/− 화면 배율 조절
app-title-language = 언어
    .hover = 다음 실행에도 유지됩니다. --lang 옵션이 우선합니다

## 모든 화면 공통
app-back = ◀ 뒤로 (Esc)
app-close = 닫기

## 자동 저장 이어하기 (타이틀)
app-resume = 지난 훈련 이어하기
    .hover = 매 턴이 끝날 때마다 { $file }에 자동 저장됩니다
    .none = 아직 { $dir }에 자동 저장 파일이 없습니다
app-resume-when-now = 방금 자동 저장됨
app-resume-when-min = { $n }분 전 자동 저장됨
app-resume-when-hours = { $n }시간 전 자동 저장됨
app-resume-when-days = { $n }일 전 자동 저장됨
app-resume-failed = 이 저장 파일은 이어할 수 없습니다
app-resume-failed-left = 파일은 그대로 두었습니다. 대신 직전 턴의 자동 저장 파일을 열 수 있습니다.
app-resume-prev = 직전 자동 저장 열기
app-aar-written = ✔ { $file }에 저장했습니다
app-aar-failed = ✖ { $dir }에 쓸 수 없습니다: { $error }

## 시나리오 선택
app-picker-title = 시나리오 선택
app-picker-rescan = ⟳ 폴더 다시 읽기
    .hover = { $dir }의 *.ron 파일을 모두 다시 읽습니다
app-picker-continue = 이 시나리오로 계속  ↵
app-picker-pick-loading = 불러올 수 있는 시나리오를 고르세요
app-picker-none = { $dir }에 시나리오 파일이 없습니다
    .hint = { $dir }에 *.ron 시나리오 파일을 넣고(또는 `hotline 경로/시나리오.ron`으로 실행) 다시 읽기를 누르세요.
app-picker-facts = { $nations }   ·   { $turns }턴 (턴당 { $hours }시간)   ·   { $rating }   ·   사고 { $incidents }건, 상황 부여 { $injects }건
app-picker-warnings = ⚠ 경고 { $count }건
app-picker-broken = ✖ { $file } — 불러올 수 없음
app-picker-hint = {"    "}도움말: { $hint }
app-picker-no-folder = 시나리오 폴더 없음 (찾은 폴더가 하나도 없습니다)
app-rating-introductory = ● 입문
app-rating-intermediate = ◆ 중급
app-rating-advanced = ▲ 고급

## 진행 방식 선택
app-mode-who = 누가 훈련에 참여합니까?
app-mode-workshop = 워크숍 — 모든 국가 팀 참여
    .text = 진행자는 프로젝터 화면을 맡고, 각 팀은 차례로 단말 앞에 앉아 자국 정보만 봅니다 (F2 진행자 콘솔, F3/F4 프로젝터).
app-mode-solo = { $nation } 단독 플레이
    .text = { $nation } 역할을 맡습니다. { $partners } 측은 동맹국 AI가 맡아 자국 자산을 지키고 거절할 때는 이유를 밝힙니다. 화면에는 { $nation } 측이 아는 정보만 나옵니다.
app-mode-difficulty = 난이도
app-difficulty-exercise = 연습
    .line = 정해진 각본대로 움직이는 공격자, 협조적인 동맹국
app-difficulty-standard = 표준
    .line = 상황에 맞춰 움직이는 공격자, 신뢰도를 따지는 동맹국
app-difficulty-crisis = 위기
    .line = 더 빠르고 날카로운 공격자, 높은 신뢰가 있어야 돕는 동맹국
app-mode-seed = 시드
    .hint = 같은 시드 + 같은 결정 = 같은 훈련
app-mode-new-seed = 🎲 새 시드
app-mode-begin = 훈련 시작  ↵
