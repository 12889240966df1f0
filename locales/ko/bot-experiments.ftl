# 봇 문구 A/B 테스트: 관리자가 봇(/experiments)이나 직원 페이지에서 운영합니다.

exp-not-allowed = 실험은 관리자만 할 수 있습니다.
exp-list-empty = 아직 실험이 없습니다. /exp_new 로 만들어 보세요.
exp-list-header = <b>🧪 실험</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · 고객의 { $share }%
exp-new-usage = 실험은 이렇게 만듭니다:
    /exp_new short-help message help-text self-service 50
    B en: 영어 문구
    B ko: 한국어 문구
    A는 지금 쓰는 문구입니다. 지표는 self-service, csat, frt, intake-drop-off, repeat-contacts 중 하나이고, 50은 테스트에 넣을 고객 비율입니다.
    흐름 선택을 실험하려면: /exp_new rating-later flow rating-timing csat 30 다음 줄에 "A on-resolve", "B next-day". 지금 실험할 수 있는 흐름 선택: { $flows }.
exp-defined = 실험 { $code } 준비 완료 (변형 { $variants }개). 시작: /exp_start { $code }
exp-started = 실험 { $code } 진행 중: 고객의 { $share }%가 참여합니다. 결과: /exp_results { $code }
exp-stopped = 실험 { $code }을(를) 멈췄습니다. 모든 고객이 다시 기존 문구를 봅니다.
exp-shipped = 이제 { $code }의 변형 { $variant }이(가) 모든 고객에게 <b>{ $target }</b> 문구로 나갑니다.
exp-refused-flow-not-wired = "{ $target }"은(는) 아직 어떤 흐름에도 연결되어 있지 않아 고객에게 달라지는 게 없고, 결과도 의미 없는 잡음이 됩니다. 실험할 수 있는 흐름 선택: { $wired }.
exp-refused-target-busy = 실험 { $code }이(가) 이미 "{ $target }"을(를) 테스트하고 있습니다. 그 실험을 멈추거나 적용한 뒤에 시작해 주세요.
exp-status-draft = 초안
exp-status-running = 진행 중
exp-status-stopped = 중지됨
exp-status-shipped = 적용됨
exp-metric-self-service = 셀프 해결 비율
exp-metric-csat = 만족 고객 비율 (CSAT 4–5)
exp-metric-frt = 첫 응답 시간(분)
exp-metric-intake-drop-off = 접수 중 이탈
exp-metric-repeat-contacts = 7일 내 재문의
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }: 고객 { $customers }명 중 { $value } (95% 구간 { $low }–{ $high })
exp-result-minutes = { $variant }: { $value }분, 고객 { $customers }명 (95% 구간 { $low }–{ $high })
exp-verdict-better = ✅ 95% 신뢰도로 { $variant }이(가) { $control }보다 낫습니다.
exp-verdict-worse = ❌ 95% 신뢰도로 { $variant }이(가) { $control }보다 못합니다.
exp-verdict-no-difference = ➖ { $variant }와(과) { $control } 사이에 의미 있는 차이가 없습니다. 더 잘 읽히는 쪽을 고르세요.
exp-verdict-more = ⏳ 아직 데이터가 부족합니다. 고객이 약 { $count }명 더 필요합니다.
exp-btn-ship = 🚀 { $variant } 적용
exp-btn-stop = ⏹ 중지
