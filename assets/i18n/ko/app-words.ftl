# 앱이 값으로부터 만드는 말 (src/app/words.rs): 조치 유형과 규칙이 결정을
# 거부한 이유.

## 조치 유형 (이름은 scenario.ftl): 조치 버튼의 짧은 이름, 효과.
app-family-share =
    .short = 정보공유
    .effect = 상대국이 이 사고를 알게 되고 같은 행위자를 더 쉽게 탐지합니다. 빨리 공유할수록 효과가 크고, 신뢰도가 올라갑니다.
app-family-investigate =
    .short = 조사
    .effect = 이번 턴의 조사 진척: 60에서 귀속, 100에서 봉쇄.
app-family-joint =
    .short = 공동조사
    .effect = 상대국도 이번 턴에 함께 투입하면 합친 진척의 약 1.8배(신뢰도에 비례). 신뢰도가 올라갑니다.
app-family-hunt =
    .short = 군 합동 헌팅
    .effect = 다음 턴부터 3턴 동안 이 자산에서 합동 헌팅(핫라인 공조 중에는 이번 턴부터): 숨은 침입을 찾아내고 봉쇄를 앞당기며 자산을 강화합니다.
app-family-hotline =
    .short = 핫라인
    .effect = 이번 턴과 다음 턴 양국 수뇌부 공조: 위기 지수 −8, 신뢰도 +5, 알려진 모든 사고 공유, 공동 공개 귀속 가능.
app-family-harden =
    .short = 보안 강화
    .effect = 보안 수준 +20(침입 속도 저하). 정비 작업으로 서비스 즉시 −5.
app-family-isolate =
    .short = 격리
    .effect = 이 자산의 사고가 더 진행되지 않습니다. 복구할 때까지 서비스는 최대 50.
app-family-restore =
    .short = 복구
    .effect = 서비스 +35(침입자가 아직 활동 중이면 +15). 격리를 해제하고, 봉쇄된 사고를 종결합니다.
app-family-assist =
    .short = 제3국 협조
    .effect = 다음 턴에 제3국이 결정합니다. 활동이 그 나라 영토에서 비롯되었다면 행위자를 제지합니다.
app-family-attribute =
    .short = 공개 귀속
    .effect = 증거가 충분하면(조사 60 이상) 행위자를 억지합니다. 귀속이 틀리면 위기 지수가 크게 오릅니다.
app-family-invest =
    .short = 투자
    .effect = 나중에 효과: 연구개발 → 모니터링, 교육 → 역량, 인력 → 가용 역량, 정책 협의 → 신뢰도.

## 규칙이 결정을 거부한 이유 (상황판 알림).
app-refused = 거부됨: { $why }
app-refused-draft = 먼저 기관과 대상을 고르세요.
app-hotline-unavailable = 핫라인 사용 불가: { $why }
app-hotline-no-agency-now = 지금 통화할 수 있는 기관이 없습니다
app-hotline-no-agency = 통화할 수 있는 기관이 없습니다

## 시나리오 다시 읽기 (F5). 턴 요약의 원인 한 줄은 coach-why (coach.ftl)
app-reload-failed = 다시 읽기 실패, 훈련은 그대로입니다:
    { $diagnostics }
app-reload-replayed = { $path } 파일을 다시 읽고 결정 { $count }건을 재현했습니다
app-reload-refused = { $path } 파일을 다시 읽었으나 { $n }번째 결정이 이제 거부됩니다({ $why }). 훈련은 그대로입니다

## 시나리오 파일 자동 다시 읽기 알림 (src/app/hot_reload.rs)
app-reload-errors = ✖ { $path } 파일에 오류가 있습니다
    .text = 마지막 정상 버전으로 계속 진행합니다. 파일을 고쳐 저장하면 자동으로 다시 읽습니다.
    .hint = {"    "}도움말: { $hint }
    .dismiss = 닫기 (K)
app-reload-changed = ⟳ 시나리오 변경됨
    .restart = 새 버전으로 다시 시작 (R)
    .restart-hover = 저장된 파일로 새 훈련을 시작합니다 (시드·난이도 동일)
    .replay = 지금까지 결정을 새 버전에 재적용 (F5)
    .keep = 계속 진행 (K)
