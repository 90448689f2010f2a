# 시나리오 형식에서 사람이 읽는 말: 조치 유형 (scenario::family).
# 메시지마다 모든 언어에서 id, 속성, $인자가 같다 (docs/i18n.md).

family-share-intel = 위협정보 공유
family-investigate = 조사
family-joint-investigation = 공동조사
family-military-cooperation = 군 합동 위협 헌팅
family-hotline = 핫라인 통화
family-harden = 시설 보안 강화
family-isolate = 시설 격리
family-restore = 서비스 복구
family-request-assistance = 제3국 협조 요청
family-attribute-publicly = 공개 귀속 / 규범 원용
family-invest = 투자 / 정책 협의

# 시나리오 선택 화면에 표시하는 시나리오 출처 (scenario::sources::Origin).
origin-named = 지정한 폴더
origin-working-folder = 현재 폴더
origin-user = 내 시나리오
origin-shipped = 기본 제공
## `hotline_name`이 없는 시나리오의 정상 간 핫라인: 문장에서 "핫라인" 앞에 오는 이름("{ $channel } 핫라인 통화").
hotline-channel-default = 정상 간
