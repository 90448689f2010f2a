# 결정이 거부된 이유 (src/narrate/refusal.rs): 앱 알림, 네트워크 좌석의
# "적용되지 않음" 줄, 명령줄.

refusal-over = 훈련이 이미 종료되었습니다
refusal-unknown-inject = 알 수 없는 상황 부여 `{ $id }`
refusal-no-choice-pending = 상황 부여 "{ $inject }"{ JOSA($inject, "은") } 선택을 기다리고 있지 않습니다
refusal-choice-out-of-range = 상황 부여 "{ $inject }"의 선택지는 { $count }개입니다. { $choice }번은 범위를 벗어납니다
refusal-range = 값 { $value }{ JOSA($value, "이") } 허용 범위를 벗어납니다
refusal-hotline-closed = 핫라인이 열려 있지 않습니다. 이번 턴에 핫라인을 연결한 국가가 없습니다
refusal-unknown-nation = 알 수 없는 국가 `{ $id }`
refusal-unknown-agency = 알 수 없는 기관 `{ $id }`
refusal-unknown-incident = 알 수 없는 사고 `{ $id }`
refusal-unknown-asset = 알 수 없는 자산 `{ $id }`
refusal-unknown-third-state = 알 수 없는 제3국 `{ $id }`
refusal-unknown-actor = 알 수 없는 위협 행위자 `{ $id }`
refusal-skill = { $agency }에는 이 조치에 필요한 { $skill } 역량이 없습니다
refusal-capacity = { $agency }의 남은 행동력은 { $left }이고, 이 조치에는 { $cost }{ JOSA($cost, "이") } 필요합니다
refusal-share-with-self = 정보공유는 자국이 아닌 동맹국과 해야 합니다
refusal-unknown-to-nation = { $nation }{ JOSA($nation, "은") } 사고 "{ $incident }"{ JOSA($incident, "을") } 아직 알지 못합니다
refusal-already-shared = "{ $incident }"{ JOSA($incident, "은") } 이미 공유했습니다
refusal-not-active = 사고 "{ $incident }"{ JOSA($incident, "은") } 이미 { $status } 상태입니다
refusal-joint-committed = 이번 턴에 이미 이 공동조사에 참여하기로 했습니다
refusal-hunt-arranged = "{ $asset }"에 대한 합동 위협 헌팅이 이미 준비되어 있습니다
refusal-no-calls = 이번 훈련에서 남은 핫라인 통화가 없습니다
refusal-hotline-cooling = 핫라인은 { $turn }턴부터 다시 사용할 수 있습니다
refusal-not-owner = "{ $asset }"{ JOSA($asset, "은") } { $owner } 소관이므로 해당 국가만 조치할 수 있습니다
refusal-fully-hardened = "{ $asset }"{ JOSA($asset, "은") } 이미 보안 강화를 마쳤습니다
refusal-isolated = "{ $asset }"{ JOSA($asset, "은") } 이미 격리되어 있습니다
refusal-full-service = "{ $asset }"{ JOSA($asset, "은") } 정상 운영 중입니다
refusal-actor-unseen = { $nation }{ JOSA($nation, "은") } { $actor }의 활동을 관측한 적이 없어 문의할 근거가 없습니다
refusal-request-pending = 이 행위자에 관한 요청이 이미 해당 국가에 접수되어 있습니다
refusal-already-attributed = "{ $incident }"{ JOSA($incident, "은") } 이미 공개 귀속했습니다
refusal-not-in-sync = 공동 공개 귀속을 하려면 양국 수뇌부의 입장이 일치해야 합니다. 먼저 핫라인을 사용하십시오
refusal-no-partner-military = 합동 위협 헌팅에는 두 나라 군이 함께해야 하는데, 군 사이버 조직을 둔 동맹국이 없습니다
