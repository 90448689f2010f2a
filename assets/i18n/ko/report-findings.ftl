# 사후 검토 보고서의 판정 (src/report/findings.rs): HSEEP 핵심 역량, 역량 요소,
# 판정 기준의 측정 항목과 기준값, 시정 조치와 기한.

## 핵심 역량 (HSEEP).
capability-operational-coordination = 작전 조정
capability-forensics = 포렌식 및 공격 주체 규명
capability-cybersecurity = 사이버보안
capability-infrastructure = 기반시설 체계
capability-planning = 계획 수립
capability-intelligence-sharing = 정보 및 첩보 공유

## 역량 요소 (계획·조직·장비·교육훈련).
element-planning = 계획
element-organization = 조직
element-equipment = 장비
element-training = 교육훈련

## 시정 조치 기한.
due-days = { $days }일 이내
due-next-exercise = 차기 훈련 전

## 판정.
rating-strength = 강점
rating-improve = 개선 필요
rating-observed = 관찰
rating-neither = 보통
finding-not-applicable = 해당 없음
finding-verdict = { $value } → { $verdict }
finding-strength-when = { $measure }: { $value } (강점 기준: { $when })
finding-improve-when = { $measure }: { $value } (개선 필요 기준: { $when })
finding-observed = { $measure }: { $value }
finding-planning-team = 훈련 기획단
finding-lead = { $nation } { $agency }

## 판정 기준: 측정 항목, 기준값, 시정 조치.
rule-trust = 종료 시점 동맹 신뢰도
    .strength = ≥ 70
    .improve = < 50
    .action = 차기 훈련 전에 한미 사이버정책협의회를 열어, 나중에 결정적인 것으로 드러날 정보를 어느 쪽도 묵히지 않도록 양측이 무엇을, 언제, 누구를 통해 공유할지 합의한다.
rule-attribution = 귀속 확인 사고 비율
    .strength = ≥ 75%
    .improve = < 50%
    .action = 사고를 탐지하는 즉시 공동조사를 개시하고 양국 수사기관의 참여를 유지한다. 양국 법체계 간 증거 교환 절차를 사전에 합의한다.
rule-containment = 봉쇄 또는 해결된 사고 비율
    .strength = ≥ 75%
    .improve = < 50%
    .action = 한미 사이버협력실무단을 통해 군 합동 위협 헌팅을 사전에 준비하고, 공격받는 자산에 대한 조사와 함께 실시한다.
rule-continuity = 서비스 연속성 (인구 가중, 전체 턴)
    .strength = ≥ 90%
    .improve = < 75%
    .action = 의존도가 가장 높은 자산부터 보안을 강화하고 망을 분리한다. 침입자가 피해 단계에 이르기 전에 자산을 격리하고, 운영 기관과 복구 절차를 연습한다.
rule-escalation = 최고 위기 경보 단계
    .strength = ≤ 2
    .improve = ≥ 4
    .action = { $channel } 핫라인 통화를 개시할 위기 경보 기준을 합의하고, 국민 불안을 낮추도록 대외 메시지를 조율한다.
rule-loss = 데이터·지식재산 피해 방지율
    .strength = ≥ 80%
    .improve = < 50%
    .action = 데이터와 지식재산 보유 기관의 감시를 강화하고(연구개발 투자, 침해지표 공유), 유출 단계가 임박하면 해당 자산을 격리한다.
rule-objectives = 목표 달성률
    .strength = ≥ 75%
    .improve = < 50%
    .action = 달성하지 못한 목표를 기획단과 하나씩 검토한다. 경과표에서 목표를 놓친 결정 시점을 찾고 담당자를 지정한다.
rule-sharing = 한 국가가 알고도 동맹국과 공유하지 않은 사고 수
    .strength = 알려진 사고가 있을 때 0건
    .improve = ≥ 1
    .action = 탐지 즉시 공유 원칙을 채택한다. 주요정보통신기반시설 침입의 침해지표(IOC)는 탐지 후 1턴(4시간) 안에 동맹국에 전달한다.
rule-hotline = 핫라인 통화 횟수
    .strength = ≥ 1
    .improve = 위기 경보 3단계 이상에서 0회
    .action = { $channel } 핫라인을 훈련한다. 위기가 3단계에 이르기 전에 누가, 언제 통화할 수 있는지 정해 둔다.

## 취약 분야 ($sector: 분야 이름).
finding-sector = { $sector } 분야 서비스 연속성: { $value } (개선 필요 기준: < { $floor })
finding-sector-action = 운영 기관과 함께 { $sector } 분야의 의존 관계와 복구 계획을 점검하고, 해당 자산과 그 자산이 의존하는 자산의 보안을 강화한다.

## 달성하지 못한 목표와 그 종류에 맞는 시정 조치. 기한이 없는 목표는 $turn이 0.
finding-objective = 목표 미달성: { $objective }
plan-keep-service = { $asset }의 서비스 수준을 { $min }% 이상으로 유지한다. 해당 자산과 의존 자산의 보안을 조기에 강화하고, 피해 전에 격리하며, 신속히 복구한다.
plan-sector-service = 종료 시점까지 { $sector } 분야를 { $min }% 수준으로 회복한다. 위기 전에 복구 순서와 복구 인력을 계획해 둔다.
plan-attribute = { $turn ->
        [0] { $incident }의 공격 주체를 규명한다. 탐지 즉시 공동조사를 개시하고 양국 수사기관을 계속 투입한다.
       *[other] { $turn }턴까지 { $incident }의 공격 주체를 규명한다. 탐지 즉시 공동조사를 개시하고 양국 수사기관을 계속 투입한다.
    }
plan-contain = { $turn ->
        [0] { $incident }{ JOSA($incident, "을") } 봉쇄한다. 공동조사와 함께 표적 자산에 대한 군 합동 위협 헌팅을 실시한다.
       *[other] { $turn }턴까지 { $incident }{ JOSA($incident, "을") } 봉쇄한다. 공동조사와 함께 표적 자산에 대한 군 합동 위협 헌팅을 실시한다.
    }
plan-share-with = { $turn ->
        [0] { $nation }{ JOSA($nation, "와") } 위협정보를 공유한다. 가까운 한 나라에만 보내지 말고, 각 동맹국 정보기관이 탐지 즉시 침해지표를 보낸다.
       *[other] { $turn }턴까지 { $nation }{ JOSA($nation, "와") } 위협정보를 공유한다. 가까운 한 나라에만 보내지 말고, 각 동맹국 정보기관이 탐지 즉시 침해지표를 보낸다.
    }
plan-attribute-jointly = { $turn ->
        [0] { $incident }의 공격 주체를 동맹국과 함께 공개적으로 밝힌다(공개 귀속). 증거를 함께 쌓은 뒤 핫라인으로 입장을 맞추고 한목소리로 발표한다.
       *[other] { $turn }턴까지 { $incident }의 공격 주체를 동맹국과 함께 공개적으로 밝힌다(공개 귀속). 증거를 함께 쌓은 뒤 핫라인으로 입장을 맞추고 한목소리로 발표한다.
    }
plan-escalation = 위기 경보를 { $level }단계 이하로 유지한다. 피해가 시작되면 핫라인으로 통화하고 대외 발표를 조율한다.
plan-trust = 동맹 신뢰도 { $trust } 이상으로 훈련을 마친다. 탐지 즉시 공유하고, 공동조사하며, 정책 협의를 연다.
plan-theft = 유출 피해를 줄인다. 더 일찍 탐지하고(연구개발, 침해지표 공유), 공격받는 데이터·지식재산 보유 기관을 격리한다.
plan-action = { $turn ->
        [0] "{ $action }" 조치를 실행한다. 계획에 담당 기관을 명시한다.
       *[other] { $turn }턴까지 "{ $action }" 조치를 실행한다. 계획에 담당 기관을 명시한다.
    }
