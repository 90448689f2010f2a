# validate의 딜레마 점검 (src/scenario/lint/dilemmas.rs, docs/dilemmas.md).

lint-agency-unaffordable = { $agency }{ JOSA($agency, "은") } { $nation }에서 { $skill } 역량을 가진 유일한 기관이지만 역량 점수 { $capacity }점으로는 { $family }에 드는 { $cost }점을 치를 수 없음: { $nation }{ JOSA($nation, "은") } 이 조치를 할 수 없음
    .hint = 역량 점수를 { $cost }점 이상으로 올리거나, 점수를 치를 수 있는 기관에 그 역량을 주십시오(투자 비용보다 점수가 적어 인력 양성 투자로도 늘릴 수 없습니다)
lint-cooperation-does-not-pay = { $evidence }에서 협력 정책의 평균 점수({ $cooperative })가 단독 정책({ $unilateral })보다 높지 않음: 이 시나리오에서는 정보공유, 공동 대응, 핫라인이 득이 되지 않음
    .hint = 동맹이 함께 얻을 것을 주거나(국경을 넘는 사고, 공동 자산에 대한 훈련 목표, 도울 수 있는 상대국 기관), 단독 행동에 대가를 매기십시오(신뢰, 위기 고조). `hotline simulate --without`과 비교해 보십시오
lint-choice-evidence = 선택지마다 그 선택을 강제한 내장 정책별 시드 { $runs }회 실행({ $policies })
lint-choice-measured = { $policy } 기본 { $default }점, { $choice }번 선택지 { $other }점
lint-choice-no-dilemma = 상황 부여 `{ $id }`: { $evidence }에서 기본 선택지 "{ $choice }"{ JOSA($choice, "이") } 모든 정책에서 가장 높거나 최고점과 0.25점 이내의 점수를 냄(최종 점수 평균, 기본 선택지와 가장 좋은 다른 선택지: { $measured }): 고민할 것이 없는 선택임
    .hint = 선택지마다 득실이 있게 하십시오: 기본 선택지는 안전하지만 느리고, 다른 선택지는 신뢰나 위기 고조를 치르는 대신 어떤 방식으로 대응할 때 득이 되게(진정, 서비스, 보안 강화, 약해진 행위자) 하십시오. `cargo run --example choice_table -- 파일`로 측정값을 볼 수 있습니다. docs/dilemmas.md 참고
