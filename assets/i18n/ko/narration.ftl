# 서술: 로그의 사건·결정 한 건마다 읽히는 한 문장 (src/narrate/).
# 문체는 상황일지처럼 간결한 명사형 종결(~ 탐지, ~ 착수)로 통일한다.
# 이름 뒤 조사는 JOSA로 고른다: { $x }{ JOSA($x, "을") } → "KISA를", "국가정보원을".

## 사건 (sim::Event).
narration-begins = 훈련 개시: { $title } (시드 { $seed }, 난이도 { $difficulty })
narration-turn-begins = 제{ $turn }턴 (총 { $turns }턴) — { $time }
narration-rationale = {"  "}근거: { $text }
narration-facilitator-fires = 진행자, 상황 부여 "{ $inject }" 즉시 실시
narration-facilitator-holds = 진행자, 상황 부여 "{ $inject }" 보류
narration-facilitator-releases = 진행자, 상황 부여 "{ $inject }" 보류 해제
narration-facilitator-skips = 진행자, 상황 부여 "{ $inject }" 생략
narration-adjudicated = 진행자 판정: { $what } — 사유: { $reason }
narration-adjudicated-service = { $asset } 서비스 수준을 { $value }{ JOSA($value, "으로") } 조정
narration-adjudicated-trust = 동맹 신뢰도를 { $value }{ JOSA($value, "으로") } 조정
narration-adjudicated-escalation = 위기 지수를 { $value }{ JOSA($value, "으로") } 조정 ({ $level }단계)
narration-adjudicated-stage = { $incident }{ JOSA($incident, "을") } "{ $stage }" 단계로 조정
narration-inject-fired = [{ $kind }] { $title } — { $text }
narration-choice-made = { $inject } (결정): { $choice }
narration-choice-default = { $inject } (결정 없음, 기본안 적용): { $choice }
narration-incident-begins = { $incident } 발생: { $actor }, { $asset } 대상 ("{ $stage }" 단계)
narration-pays-monitoring = { $nation } 연구개발 성과: 모든 자산의 모니터링 +{ $value }
narration-pays-skill = { $nation } 교육 성과: 기관 역량 +{ $value }
narration-pays-capacity = { $nation } 인력 양성 성과: { $agency } 턴당 행동력 +1
narration-pays-trust = 사이버 정책 협의 타결: 신뢰 +{ $value }
narration-assistance-declines = { $third }, { $actor }에 대한 조치 요청 거절 (수용 가능성 { $chance }%)
narration-assistance-nothing = { $third }, 협조에 동의했으나 자국 내에서 { $actor }의 활동을 찾지 못함
narration-assistance-acts = { $third }, 요청에 따라 조치: { $actor }{ JOSA($actor, "이") } 쓰던 기반시설 압수, 공격 역량 −40%, 증거 인계
narration-assistance-barred = { $third }, 제시된 증거(조사 진척도 { $evidence }%)로는 자국법상 { $actor }에 대한 조치 불가 회신: 규범 3은 자국법에 부합하는 범위의 협력만 요구
narration-investigation = { $incident } 조사: +{ $gain } ({ $how }) → { $progress }%
narration-investigation-national = 단독 조사
narration-investigation-joint = 공동조사, 신뢰 { $trust }
narration-investigation-joint-synced = 공동조사, 신뢰 { $trust }, 핫라인 공조
narration-investigation-unmatched = 상대국이 공동조사에 응하지 않아 단독 조사 속도
narration-attributed = { $incident } 귀속 확인: { $origin }에서 활동하는 { $actor }의 소행
narration-contained = { $incident } 봉쇄: 침입자 축출
narration-hunt-drives-out = { $asset } 대상 군 합동 위협 헌팅으로 { $incident } 축출: +{ $gain }
narration-adversary-script = { $actor }, 기존 작전 계획대로 활동 지속
narration-adversary-pivot = { $actor }, 한 표적에서 노출되자 아직 드러나지 않은 침투로 역량 전환
narration-adversary-quiet = { $actor }, 귀속 이후 활동 자제: 모든 침투 속도 둔화
narration-adversary-press = { $actor }, 귀속되지 않은 틈을 타 대응이 약한 동맹국({ $nation })에 공세 강화
narration-stage-reached = { $incident }, { $asset }에서 "{ $stage }" 단계 도달
narration-stage-service = : 서비스 −{ $loss }
narration-stage-records = , 개인정보 { KO_COUNT($records, scale: 1000) } 건 유출
narration-stage-ip = , 지식재산 { KO_COUNT($millions, scale: 1000000) } 달러 상당 탈취
narration-withheld = { $nation }, { $actor }의 공격 활동을 알고도 { $victim }에 경고하지 않음: 신뢰 −{ $trust }
narration-detected = { $nation }, { $by }{ JOSA($by, "으로") } { $asset }에서 { $incident } 탐지 ("{ $stage }" 단계)
narration-detected-by-monitoring = 모니터링
narration-detected-by-shared = 공유받은 침해지표(IOC)로 강화한 모니터링
narration-detected-by-hunt = 군 합동 위협 헌팅
narration-escalation-rises = 위기 경보 { $level }단계로 상향: 서비스 영향 { $impact }%, 피해 침투 { $damaging }건, 공동 대응 { $joint }건
narration-escalation-falls = 위기 경보 { $level }단계로 하향: 서비스 영향 { $impact }%, 피해 침투 { $damaging }건, 공동 대응 { $joint }건
narration-escalation-synced = , 핫라인 공조
narration-ends = 훈련 종료 ({ $reason }): { $outcome } — 점수 { $score }
narration-ends-defeat = 실패 조건 { $number } 충족
narration-ends-last-turn = 마지막 턴 종료
narration-ends-all-resolved = 모든 사고 해결
narration-shared = { $agency }, { $partner }{ JOSA($partner, "와") } { $incident } 침해지표 공유 (탐지 { $delay }턴 후): { $partner }의 { $actor } 탐지 확률 +{ $detection }%, 신뢰 +{ $trust }
narration-investigates = { $agency }({ $nation }), { $incident } 조사 착수
narration-investigates-joint = { $agency }({ $nation }), { $incident } 공동조사 참여
narration-hunt-arranged = { $agency }, { $asset } 대상 군 합동 위협 헌팅 편성 ({ $start }–{ $end }턴)
narration-hotline-call = { $nation } 제안으로 { $channel } 핫라인 통화: { $until }턴까지 양국 수뇌부 공조, 위기 지수 −8, 신뢰 +5, 파악된 사고 상호 공유
narration-hotline-weighed = { $nation } 제안으로 { $channel } 핫라인 통화: { $until }턴까지 양국 수뇌부 공조, 위기 지수 −{ $relief }, 신뢰 +{ $trust }, 파악된 사고 상호 공유
narration-hotline-small = ; 확인된 피해도 없고 위기 지수도 낮은데 핫라인을 가동해 채널의 무게감 저하 (잔여 { $weight }%)
narration-source-burned = { $partner }의 정보 취급 과정에서 { $nation }의 { $actor } 관련 정보원 노출: 행위자가 기반시설을 교체해 { $until }턴까지 은닉 침투 탐지 곤란, 신뢰 −3
narration-intel-cleared = { $actor } 관련 침해지표, 보안 검토(비밀 해제) 통과 후 { $nation } 방어 기관에 전달: 탐지 확률 +{ $detection }%
narration-hardened = { $agency }, { $asset } 보안 강화 (강화 수준 { $level }, 정비 중 서비스 −5)
narration-isolated = { $agency }, { $asset } 격리: 침투 진행 동결, 서비스 상한 50
narration-restored = { $agency }, { $asset } 복구: 서비스 +{ $gain }
narration-restored-partial = { $agency }, { $asset } 복구: 서비스 +{ $gain } (침입자 잔존: 부분 복구)
narration-restored-resolved = ; 해결: { $incidents }
narration-assistance-requested = { $nation }, 유엔 GGE 규범 3에 따라 { $third }에 { $actor } 대응 협조 요청 (다음 턴 회신)
narration-wrong-attribution = { $who }, { $incident }의 책임을 엉뚱한 상대에게 공개 귀속 (증거 확신도 { $confidence }%): 주장 무산, 위기 지수 +15, 신뢰 −8
narration-public-attribution = { $who }, { $incident }의 책임을 { $actor }에 공개 귀속하고 유엔 GGE 규범 원용: 행위자 활동 { $deterrence }% 둔화
narration-public-attribution-joint = , 위기 지수 −3, 신뢰 +3
narration-public-attribution-alone = , 위기 지수 +3
narration-not-consulted = ; { $nation }{ JOSA($nation, "와") } 사전 협의 없음: 신뢰 −4
narration-allies-jointly = 동맹국 공동
narration-invested = { $agency }, { $area }에 투자 ({ $turn }턴에 성과)

## 파트너 AI가 드는 신뢰 근거.
narration-trust = 신뢰 { $trust }
narration-trust-withheld = { $turn }턴 경고 미전파 이후 신뢰 { $trust }

## 프로그램 참가자의 설명 (sim::Explanation).
narration-cannot-join = { $nation }, { $incident } 조사 합류 불가: { $other }{ JOSA($other, "이") } 정보를 공유하지 않음
narration-no-investigators = { $nation }, { $incident } 조사에 합류하려 했으나 이번 턴에 투입할 수사 인력 없음
narration-declines-join = { $nation }, { $incident } 공동조사 합류 거절: { $reason }
narration-declines-share = { $nation }, { $incident } 정보공유 거절: { $reason }

## 결정을 말로 (sim::Decision): 강평, 주요 결정, 보고서의 결정표.
decision-act = { $agency }, { $what }
decision-share = { $nation }{ JOSA($nation, "와") } { $incident } 정보공유
decision-investigate = { $incident } 조사
decision-joint-investigation = { $incident } 공동조사 참여
decision-military = { $asset } 대상 군 합동 위협 헌팅 편성
decision-hotline = { $channel } 핫라인 통화
decision-harden = { $asset } 보안 강화
decision-isolate = { $asset } 격리
decision-restore = { $asset } 복구
decision-request-assistance = { $third }에 { $actor } 대응 협조 요청
decision-attribute = { $incident } 공개 귀속
decision-attribute-joint = { $incident } 공동 공개 귀속
decision-invest = { $area }에 투자
decision-choose = 참가자 결정 — "{ $inject }": { $choice }
decision-option = 선택지 { $number }
decision-end-turn = 턴 종료
decision-fire = 진행자, "{ $inject }" 부여
decision-hold = 진행자, "{ $inject }" 보류
decision-release = 진행자, "{ $inject }" 보류 해제
decision-adjudicate = 진행자 판정: { $what } — 사유: { $reason }
decision-adjudicate-service = { $asset } 서비스 수준을 { $value }{ JOSA($value, "으로") } 조정
decision-adjudicate-trust = 동맹 신뢰도를 { $value }{ JOSA($value, "으로") } 조정
decision-adjudicate-escalation = 위기 지수를 { $value }{ JOSA($value, "으로") } 조정
decision-adjudicate-stage = { $incident }{ JOSA($incident, "을") } { $stage }단계로 조정
decision-skip = 진행자, "{ $inject }" 훈련에서 제외
decision-note = 메모: { $text }
