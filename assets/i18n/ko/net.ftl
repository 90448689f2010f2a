# 네트워크 훈련 (src/net, src/cli/net.rs, src/narrate/net.rs): 호스트와 좌석의
# 콘솔 출력, 그리고 호스트가 좌석이나 결정을 거부한 이유.

net-seat-facilitator = 진행자
net-seat-projector = 프로젝터
net-seat-observer = 참관인
net-seat-name-help = 좌석은 국가 ID, facilitator(진행자), projector(프로젝터), observer(참관인) 중 하나입니다

net-refusal-no-such-nation = 이 훈련에는 국가 `{ $id }`{ JOSA($id, "이") } 없습니다 (참가국: { $nations }, 또는 facilitator, projector, observer)
net-refusal-played-by-ai = 이번 훈련에서 { $seat } 좌석은 동맹국 AI가 맡고 있습니다
net-refusal-taken = { $seat } 좌석은 이미 다른 팀이 사용 중입니다
net-refusal-claim-first = 먼저 좌석을 선택하십시오
net-refusal-already-seated = 이 연결은 이미 좌석을 차지하고 있습니다
net-rejection-watches = 이 좌석은 참관 전용이라 결정할 수 없습니다
net-rejection-facilitator-acts = 진행자는 국가를 대신해 조치하지 않습니다
net-rejection-not-yours = { $nation } 팀은 이 결정을 내릴 수 없습니다 (다른 국가 또는 진행자의 권한입니다)
net-rejection-not-networked = 네트워크 좌석이 아닙니다
net-rejection-paused = 진행자가 훈련을 일시 정지했습니다. 재개되면 다시 결정하십시오

net-resuming = { $file }에서 { $turn }턴부터 이어서 진행합니다.
net-no-such-ai-nation = --ai { $id }: 그런 국가가 없습니다 (참가국: { $nations })
net-no-network = 이 빌드에는 네트워크 기능이 없습니다 (`desktop` 기능 없이 빌드됨)
net-bad-address = { $address }: 주소와 포트 형식이 아닙니다 (예: 192.168.1.20:7450)
net-bad-seat = --seat: { $error }

net-host-cannot-listen = UDP 포트 { $port }에서 접속을 받을 수 없습니다: { $error }
net-host-hosting = "{ $title }" 훈련을 UDP 포트 { $port }에서 진행합니다 (시드 { $seed }).
net-host-join-with = {"  "}참가 명령: hotline join { $address } --code { $code } --seat NATION|facilitator|projector|observer
net-host-team-seats = 팀 좌석: { $teams }. 참가를 기다리는 중입니다.
net-cannot-autosave = { $path }: 자동 저장 실패: { $error }
net-cannot-write-save = { $path }: 저장 파일을 쓸 수 없습니다: { $error }
net-host-ignored = 클라이언트 { $client }에서 온 알 수 없는 메시지를 무시했습니다
net-host-takeover = { $seat } 좌석을 새 연결이 넘겨받았습니다 (이전 연결이 응답하지 않음).
net-host-seat-left = { $seat } 좌석이 나갔습니다 (같은 참가 코드로 다시 들어올 수 있습니다).
net-host-seat-joined = { $seat } 좌석이 참가했습니다.
net-host-countdown = { $turn }턴: 제한 시간이 끝났습니다.
net-host-turn-begins = { $turn }턴을 시작합니다.
net-host-paused = 진행자가 훈련을 일시 정지했습니다.
net-host-resumed = 진행자가 훈련을 재개했습니다.
net-host-countdown-set = 진행자가 제한 시간을 턴당 { $seconds }초로 정했습니다.
net-host-countdown-off = 진행자가 제한 시간을 껐습니다.

net-join-cannot-capture = { $path }: 기록 파일을 쓸 수 없습니다: { $error }
net-join-joining = { $host }에 { $seat } 좌석으로 참가하는 중…
net-join-wrong-code = 거부됨: { $seconds }초 안에 { $host }의 호스트가 응답하지 않았습니다. 참가 코드가 틀렸거나(호스트는 다른 코드로 만든 요청을 읽을 수 없어 응답하지 않습니다), 방화벽이 통신을 막거나, 그 주소에 컴퓨터가 없습니다.
net-join-no-host = 참가할 수 없음: { $host }에서 기다리는 호스트가 없습니다 (그 포트에서 실행 중인 호스트가 없습니다. 주소와 포트, 호스트가 시작되었는지 확인하세요)
net-join-full = 거부됨: { $host }의 호스트에 빈자리가 없습니다 (연결 { $seats }개)
net-join-host-gone = { $host }의 호스트와 연결이 끊겼습니다
net-join-ignored = 호스트에서 온 알 수 없는 메시지를 무시했습니다
net-join-seated = "{ $title }" 훈련에 { $seat } 좌석으로 참가했습니다.
net-join-refused = 거부됨: { $why }
net-join-not-applied = 적용되지 않음: { $why }
net-join-over = { $turn }턴 후 훈련이 종료되었습니다 ({ $outcome }).
net-join-ended = 종료
net-join-bad-scenario = 호스트의 시나리오를 읽을 수 없습니다: { $error }

net-planning-planning = { $nation }: 계획 중…
net-planning-done = { $nation }: 완료
net-planning-ai = { $nation }: 파트너 AI
net-planning-countdown = 남은 시간 { $time }
