# 팀의 결정에 대한 코치의 조언 (src/teach.rs, src/app/teaching.rs): 턴이 왜
# 그렇게 흘렀는지, 튜토리얼의 "다음 단계" 창, 점수를 가장 크게 좌우한 결정(강평).

## 턴마다 한 줄. $why는 그 사건을 서술한 로그 한 줄.
coach-why = 원인: { $why }

## 튜토리얼의 "다음 단계" 창. $expected: 지시 상황 부여의 기대 조치.
coach-title = 🎓 다음 단계
coach-step-hover-hotline = { $effect }
    (누르면 바로 통화)
coach-step-hover = { $effect }
    (누르면 이 조치를 고름)
coach-try-hotline = 해 볼 것: 위쪽의 빨간 ☎ 핫라인 버튼(H). { $expected }
coach-try = 해 볼 것: { $family } (오른쪽 조치 창에 ➜ 표시). { $expected }
coach-all-done = 이번 턴에 할 일을 모두 마쳤습니다. 준비되면 턴을 종료하세요(Space).

## 주요 결정 (강평): $delta는 부호가 붙은 점수("+6.2"), $what은 결정을 서술한 말.
coach-key-decision = { $delta }점: { $what } ({ $turn }턴)
coach-whose-you = 플레이어
coach-whose-partner = 동맹국

## 플래너였다면 (src/hindsight.rs): 혼자 하는 게임의 강평과 사후 검토 보고서(AAR).
hindsight-heading = 플래너였다면
hindsight-about = 주요 결정을 내린 턴마다 전문가 플래너가 여러분의 자리에서 볼 수 있던 정보만으로 자기 계획을 시드 고정 모의 실행 { $rollouts }회씩 돌려, 같은 모의 실행에서 그 턴에 여러분이 한 대응과 비교했습니다. 기대 점수가 { $threshold }점 이상 높을 때만 보여 줍니다.
hindsight-none = 주요 결정에서 플래너가 여러분보다 { $threshold }점 이상 나은 대응을 찾지 못했습니다.
hindsight-line = { $turn }턴에 플래너였다면 다르게 대응했을 것입니다: { $rollouts }회 모의 실행 기준 기대 점수 { $delta }
hindsight-would = 했을 조치: { $what }
hindsight-instead = 하지 않았을 조치: { $what }
