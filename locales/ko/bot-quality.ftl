# 봇에서 하는 품질 평가: 슈퍼바이저는 /qa, 상담원은 /my_quality.

qa-sampled = 🔎 품질 평가를 기다리는 상담이 { $count }건 있습니다. /qa 로 열어 보세요.
qa-scored = 🔎 상담 #{ $number } 평가가 나왔습니다: { $score }/100. 내 점수 전체 보기: /my_quality
qa-scored-comment = 🔎 상담 #{ $number } 평가가 나왔습니다: { $score }/100.
    평가자 메모: { $comment }
    내 점수 전체 보기: /my_quality
qa-not-allowed = 품질 평가는 슈퍼바이저와 관리자만 할 수 있습니다.
qa-none = 지금은 평가할 상담이 없습니다. 새 상담은 매일 요약과 함께 도착합니다.
qa-pending = 🔎 평가할 상담 { $count }건. 하나를 고르세요:
qa-btn-open = #{ $number } · { $agent }
qa-line-set = 반영했습니다
qa-btn-save = 💾 평가 저장
qa-saved = 저장했습니다: { $score }/100. 상담원에게도 알렸습니다. 메모는 언제든 남길 수 있어요: /qa_note { $id } 내용
qa-noted = 메모를 저장했습니다. 평가가 이미 저장된 상태라면 상담원이 지금 바로 볼 수 있습니다.
qa-card-header = <b>🔎 평가 { $id }</b> · 문의 #{ $number } · { $agent }
qa-card-findings = 🤖 자동 점검 결과:
qa-card-clean = 🤖 자동 점검에서 문제가 발견되지 않았습니다.
qa-card-hint = 항목마다 점수를 매기고(✓ 예, ½ 일부, ✗ 아니요) 저장하세요. 메모: /qa_note { $id } 내용
qa-card-score = 점수: <b>{ $score }/100</b>
qa-item-greeting = 인사
qa-item-understood = 문제 파악
qa-item-correct = 정확한 답변
qa-item-tone = 말투
qa-item-next_steps = 다음 단계 안내
qa-item-summary = 처리 요약
qa-finding-frt-over-sla = 첫 답변까지 { $minutes }분 (목표 { $target }분)
qa-finding-resolution-over-sla = 해결까지 { $minutes }분 (목표 { $target }분)
qa-finding-forbidden-words = 금지어 또는 무례한 표현: { $words }
qa-finding-personal-data-asked = 개인정보 요청: { $words }
qa-finding-no-summary = 처리 요약 없음
qa-finding-no-next-steps = 고객에게 다음 단계를 안내하지 않음
qa-finding-no-greeting = 첫 답변에 인사가 없음
qa-finding-person-not-given = 고객이 상담원 연결을 요청했지만 아무도 답하지 않음
qa-mine-none = 아직 평가받은 상담이 없습니다.
qa-mine-header = <b>🔎 내 품질 점수</b> · 최근 30일: { $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
