# 네트워크로 연결된 데스크톱 앱 창(src/app/net_seat.rs, net_console.rs,
# screens/host.rs, screens/join.rs): 진행(호스트), 참가, 계획 중인 팀 표시,
# 실시간 핫라인 대화.

app-title-host = 도상훈련 진행(호스트)…
app-title-join = 도상훈련 참가…

app-host-title = 도상훈련 진행(호스트)
app-host-about = 각 팀은 자기 노트북에서 주소와 참가 코드로 접속합니다. 이 창이 진행자 콘솔입니다.
app-host-scenario = 시나리오
app-host-difficulty = 난이도
app-host-seed = 시드
app-host-team = 팀이 맡음
app-host-ai = 파트너 AI가 맡음
app-host-port = UDP 포트
app-host-code = 참가 코드
    .hint = 비워 두면 새 코드를 만듭니다
app-host-countdown = 턴별 제한 시간(분, 0 = 없음)
app-host-start = 진행 시작

app-join-title = 도상훈련 참가
app-join-about = 주소와 참가 코드는 진행자 화면에 표시됩니다.
app-join-address = 호스트 주소와 포트
app-join-code = 참가 코드
    .hint = 진행자 화면에 표시된 코드
app-join-seat = 좌석
    .hint = 국가 ID (예: us)
app-join-go = 참가

app-net-back = 뒤로
app-net-leave = 나가기
app-net-code = 참가 코드
app-net-addresses = 접속 주소: { $addresses }
app-net-join-line = 참가: { $address } · 코드 { $code }
app-net-advance = 턴 진행 ▶
app-net-connecting = 호스트에 연결하는 중…
app-net-seat = 좌석: { $seat }
app-net-over = 훈련이 끝났습니다.
app-net-sent = 호스트로 보냈습니다.
app-net-hotline-open = ☎ 이번 턴 핫라인 개통: 양국 팀 간 실시간 대화
app-net-hotline-closed = ☎ 핫라인 닫힘: 어느 국가가 핫라인을 연결한 턴에만 열립니다
app-net-hotline-hint = 상대국 수도에 보낼 메시지…
app-net-hotline-send = 보내기 ☎
