# 봇 텍스트. 사용자 텍스트가 담긴 변수는 여기에 오기 전에 HTML 이스케이프됩니다.

start-greeting = 안녕하세요, { $name }님! 저는 고객지원 도우미예요. 바로 답할 수 있는 건 바로 답해 드리고, 사람이 필요할 땐 담당자에게 연결해 드려요. 밤낮 상관없이요.
start-choose-topic = 어떤 문의인가요? 주제를 고르시거나, 편하게 문제를 직접 설명해 주세요.
start-welcome-back = 다시 오셨네요, { $name }님! 무엇을 도와드릴까요?

consent-request = 시작하기 전에: 도움을 드리기 위해 이 대화와 보내주신 정보를 문의 처리에 필요한 기간 동안 보관해요. 설정에서 언제든지 내 데이터를 내보내거나 삭제할 수 있어요.
consent-accept = 동의하고 계속하기
consent-decline = 괜찮아요
consent-declined = 알겠어요. 이 채팅의 내용은 아무것도 보관하지 않아요. 도움말 문서는 계속 보실 수 있어요. 마음이 바뀌시면 아래 버튼을 눌러 주세요.
consent-needed = 보내 주신 내용은 잘 받아 두었어요. 문의를 접수하려면 대화 보관에 대한 동의가 필요해요. 아래 버튼을 눌러 동의해 주세요.

topic-payment = 💳 결제
topic-account = 👤 계정
topic-feature = 🛠 사용 방법 / 기능
topic-complaint = 😞 불만
topic-idea = 💡 아이디어
topic-other = ❓ 기타
topic-name-payment = 결제
topic-name-account = 계정
topic-name-feature = 사용 방법 / 기능
topic-name-complaint = 불만
topic-name-idea = 아이디어
topic-name-other = 기타

intake-topic-chosen = 주제: { $topic }.
q-payment-what = 결제에 어떤 문제가 있었나요? 예: 결제 거절, 돈은 빠져나갔는데 반영이 안 됨, 이중 결제.
q-payment-when = 언제, 어떤 방법(카드, 전자지갑 등)으로 결제하셨나요? 카드 번호 전체는 보내지 마세요.
q-account-what = 계정과 관련해 무엇이 필요하신가요? 예: 로그인이 안 됨, 이메일 변경, 2단계 인증.
q-feature-goal = 무엇을 하려고 하시나요?
q-feature-tried = 대신 어떤 일이 일어나나요? 오류 메시지가 있으면 큰 도움이 돼요.
q-complaint-what = 불편을 드려 죄송해요. 어떤 일이 있었는지 알려 주시면 담당자에게 바로 전달할게요.
q-idea-what = 꼭 듣고 싶어요! 어떤 기능이 있으면 좋을까요?
q-other-what = 필요하신 내용을 간단히 알려 주세요.
intake-ask-file = 스크린샷이나 파일이 있으면 큰 도움이 돼요. 지금 보내 주시거나 건너뛰기를 눌러 주세요.
intake-file-received = 받았어요 (파일 { $count ->
   *[other] { $count }개
  }). 더 보내시거나 계속을 눌러 주세요.
intake-need-text = 텍스트 메시지로 답해 주시거나 건너뛰기를 눌러 주세요.
intake-need-file = 사진이나 파일을 보내 주시거나 건너뛰기를 눌러 주세요.

btn-skip = 건너뛰기
btn-back = ◀ 주제 변경
btn-continue = 계속 ▶
btn-cancel = 취소

kb-suggest-intro = 이 문서들로 바로 해결될 수도 있어요:
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = 해결되셨나요?
kb-solved-yes = ✅ 네, 해결됐어요
kb-solved-no = ❌ 아니요, 도움이 필요해요
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    해결되셨나요?
kb-open-article = 📖 문서 읽기
intake-retry = 죄송해요, 지금은 문의를 접수하지 못했어요. 작성하신 내용은 모두 보관되어 있어요. 다시 시도를 누르거나 메시지를 보내 주시면 접수할게요.
btn-retry = 다시 시도
kb-glad = 도움이 됐다니 다행이에요! 다른 일이 생기면 언제든 여기에 적어 주세요.
kb-read = 읽기: { $title }

handoff-notice = 바로 담당자에게 연결해 드릴게요.
handoff-security-notice = 긴급한 문제로 보여요. 보안·결제 팀에 바로 전달할게요. 비밀번호, 인증 코드, 카드 번호 전체는 누구에게도, 저희에게도 절대 알려 주지 마세요.

ticket-receipt = 문의 <b>#{ $number }</b>이(가) 접수되었어요.
    주제: { $topic }
    예상 대기 시간: { $eta ->
       *[other] 약 { $eta }분
    }
    모든 답변은 여기로 보내 드려요. 상태: <b>접수됨</b>
btn-ticket-status = 상태
btn-add-details = 내용 추가
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = 문의 #{ $number }은(는) 이렇게 진행돼요:
    1. 담당자가 메시지를 읽고 바로 이 채팅에서 답변드려요.
    2. 더 필요한 내용이 있으면 여쭤볼게요. 여기에 답장만 해 주세요.
    3. 해결되면 어떤 조치를 했는지 짧게 정리해서 보내 드려요.
    더 알려 주실 내용이 생각나셨나요? 위의 “내용 추가”를 눌러 주세요.
ticket-appended = 문의 #{ $number }에 추가했어요. 담당자가 확인할 거예요.
ticket-details-prompt = 문의 #{ $number }에 추가할 내용을 지금 보내 주세요: 텍스트, 스크린샷 또는 파일.
ticket-not-found = 고객님의 문의 중에서 #{ $number }을(를) 찾지 못했어요. /tickets 를 보내면 내 문의를 볼 수 있어요.
ticket-list-empty = 아직 문의 내역이 없어요. 문제를 설명해 주시면 문의를 접수해 드릴게요.
ticket-list-header = 내 문의:
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = 문의 <b>#{ $number }</b>
    상태: <b>{ $status }</b>
    주제: { $topic }
    접수일: { $opened }
    { $eta }
ticket-status-eta-minutes = 첫 답변까지 약 { $minutes }분 걸릴 예정이에요.
ticket-status-answered = 담당자가 답변했어요.
status-new = 접수됨
status-in_progress = 처리 중
status-waiting_customer = 고객님 답변 대기 중
status-resolved = 해결됨
status-closed = 종료됨

reopen-ask = 최근 해결된 문의 #{ $number } 관련인가요, 아니면 새로운 문의인가요?
reopen-same = 같은 문제, #{ $number } 다시 열기
reopen-new = 새로운 문의
reopen-done = 문의 #{ $number }을(를) 다시 열었어요. 담당자가 메시지를 확인할 거예요.

cmd-status-usage = 문의 번호를 이렇게 보내 주세요: /status 10001
help-text = 언제든, 어떤 언어로든 여기에 질문을 적어 주세요.
    /start 주제 선택부터 다시 시작
    /tickets 내 문의
    /status 10001 문의 한 건 보기
    /cancel 현재 문의 중단
    /help 이 도움말
cancel-done = 중단했어요. 아무것도 전송되지 않았어요. 다시 시작하려면 언제든 메시지를 보내 주세요.
cancel-nothing = 취소할 것이 없어요. 준비되시면 언제든 질문을 적어 주세요.

unsupported-media = 이런 유형의 메시지는 아직 받을 수 없어요. 텍스트로 설명해 주시거나 사진이나 파일을 보내 주세요.
empty-message = 메시지가 비어 있는 것 같아요. 어떤 일이 있었는지 간단히 알려 주세요.
text-too-long = 긴 메시지네요. 담당자를 위해 전부 저장해 두었어요.
emoji-only = 이모지는 잘 받았어요. 그런데 도와드리려면 몇 마디가 필요해요. 어떤 일이 있었나요?
stale-button = 이전 대화의 버튼이에요. 지금 진행 중인 곳은 여기예요:
error-generic = 죄송해요, 저희 쪽에 문제가 생겼어요. 메시지는 안전하게 보관되어 있으니 잠시 후 다시 시도해 주세요.
not-staff = 이 명령어는 지원팀 전용이에요.

agent-reply = <b>{ $agent }</b>, 고객지원:
    { $text }
agent-clarification = <b>{ $agent }</b>, 고객지원: 문의 #{ $number } 관련해 확인이 필요한 내용이 있어요:
    { $text }

    여기에 답장해 주시면 돼요. 문의는 { $hours }시간 동안 열어 둘게요.
clarification-reminder = 다시 한번 알려 드려요: 문의 #{ $number }이(가) 고객님의 답변을 기다리고 있어요. 여기에 답장해 주시면 이어서 도와드릴게요.
clarification-closed = 답변을 받지 못해 문의 #{ $number }을(를) 종료했어요. 언제든 여기에 메시지를 보내 주시면 다시 이어서 도와드릴게요.
ticket-resolved = ✅ 문의 #{ $number }이(가) 해결되었어요.

    조치 내용: { $summary }

    아직 문제가 남아 있다면 여기에 답장해 주세요.
ticket-resolved-next = ✅ 문의 #{ $number }이(가) 해결되었어요.

    조치 내용: { $summary }
    다음 단계: { $next }

    아직 문제가 남아 있다면 여기에 답장해 주세요.

csat-1 = 1 ⭐
csat-2 = 2 ⭐
csat-3 = 3 ⭐
csat-4 = 4 ⭐
csat-5 = 5 ⭐
nps-0 = 0
nps-1 = 1
nps-2 = 2
nps-3 = 3
nps-4 = 4
nps-5 = 5
nps-6 = 6
nps-7 = 7
nps-8 = 8
nps-9 = 9
nps-10 = 10
rating-thanks = 문의 #{ $number }을(를) 평가해 주셔서 감사해요! 더 나은 서비스를 만드는 데 큰 도움이 돼요.
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = 문의 #{ $number } 상담은 어떠셨나요? 아래 별점을 한 번만 눌러 주세요.
rating-thanks-nps = 문의 #{ $number }을(를) 평가해 주셔서 감사해요! 하나만 더 여쭤볼게요. 0부터 10까지 중에서, 친구에게 저희를 추천하실 가능성은 어느 정도인가요?
nps-thanks = 감사해요! 모든 답변을 꼼꼼히 읽고 있어요.
rating-low-reply = 만족스럽지 못하셨다니 죄송해요. 책임자가 문의 #{ $number }을(를) 직접 살펴보고 여기로 다시 연락드릴게요.
rating-already = 감사해요. 이 문의에 대한 평가는 이미 받았어요.
follow-up-ask = 며칠 전에 문의 #{ $number }을(를) 해결해 드렸어요. 해결 방법이 도움이 되셨나요?
follow-up-yes = 👍 네, 괜찮아요
follow-up-no = 👎 아니요, 아직 문제예요
follow-up-glad = 다행이에요! 문의 #{ $number }은(는) 종료되었어요. 도움이 필요하시면 언제든 메시지를 보내 주세요.
follow-up-reopened = 불편을 드려 죄송해요. 문의 #{ $number }을(를) 같은 담당자에게 다시 열었어요. 아직 어떤 문제가 남아 있는지 여기에 알려 주세요.
status-taken = 고객지원 { $agent }님이 이제 문의 #{ $number }을(를) 담당해요.

# 직원용: 알림과 지원팀 명령어.
staff-sla-warning-first = ⏰ 문의 #{ $number } ({ $queue }): 첫 답변 기한까지 { $minutes }분 남았어요.
staff-sla-warning-resolution = ⏰ 문의 #{ $number } ({ $queue }): 해결 기한까지 { $minutes }분 남았어요.
staff-sla-breach-first = 🚨 SLA 위반: 문의 #{ $number } ({ $queue })에 { $minutes }분째 첫 답변이 없어요.
staff-sla-breach-resolution = 🚨 SLA 위반: 문의 #{ $number } ({ $queue })의 해결 기한이 지났어요.
staff-escalated = ↗️ 문의 #{ $number }을(를) { $from }에서 { $to }(으)로 에스컬레이션했어요.
staff-unanswered = 💬 문의 #{ $number } ({ $queue }): 고객의 마지막 메시지가 { $minutes }분째 답변을 기다리고 있어요.
staff-security-alert = 🛡 보안/결제: 새 문의 #{ $number } ({ $topic }), 우선순위 { $priority }. 지금 바로 맡아 주세요.
staff-duty-on = 근무를 시작했어요. 담당 대기열의 새 문의가 배정될 수 있어요.
staff-duty-off = 자리 비움 상태예요. 새 문의가 배정되지 않아요.
staff-duty-usage = /duty on 또는 /duty off 를 사용하세요.
staff-next-none = 담당 대기열에 대기 중인 문의가 없어요. 🎉
staff-taken = 문의 #{ $number } ({ $queue })을(를) 맡았어요: { $subject }
staff-take-usage = 문의 번호를 이렇게 보내 주세요: /take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }: 첫 답변 { $first }분, 해결 { $resolution }, { $warn }분 전 알림, 에스컬레이션 대상 { $escalate }
queue-none = 없음
queue-usage = 사용법: /queue_set CODE first=15 resolution=240 warn=5 escalate=L2 (해제하려면 resolution=none, escalate=none); /queue_add CODE 대기열 이름
queue-saved = 대기열 { $code }을(를) 저장했어요.
staff-delivery-blocked = ⚠️ #{ $number } 답변을 전달하지 못했어요: 고객이 봇을 차단했어요. 답변은 문의 기록에 남아 있어요.
staff-delivery-failed = ⚠️ #{ $number } 답변을 전달하지 못했어요. 답변은 문의 기록에 남아 있어요.
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    주제: { $topic } · 첫 답변 기한 { $due } UTC
    { $name }: { $text }
staff-ticket-assigned = 📥 배정됨: #{ $number } · { $queue } · { $priority } { $vip }
    주제: { $topic } · 첫 답변 기한 { $due } UTC
    { $name }: { $text }

    이 메시지에 답장하면 고객에게 답변이 전송돼요.
staff-customer-message = 💬 #{ $number } · { $name }: { $text }
staff-transferred-to-you = ↪️ #{ $number }을(를) 넘겨받았어요. { $name }: { $text }
staff-card-taken = ✅ #{ $number }은(는) { $agent }님이 맡았어요.
btn-take = 맡기
btn-send-anyway = 그래도 보내기
btn-discard = 삭제
staff-held = ✋ #{ $number }에 보낼 메시지에 다음 단어가 있어요: { $words }. 그래도 보내거나, 삭제하고 다시 작성하세요.
staff-discarded = 삭제했어요. 아무것도 전송되지 않았어요.
staff-sent = ✓ #{ $number } 고객에게 전송했어요.
staff-history = 📋 #{ $number } · { $name } { $vip }
    언어: { $lang } · 고객 현지 시간: { $time } ({ $tz })
    이전 문의: { $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 #{ $number }에 메모를 추가했어요. 고객에게는 보이지 않아요.
staff-moved = ↗️ #{ $number }을(를) { $queue }(으)로 옮겼어요.
staff-transfer-ok = ↪️ #{ $number }을(를) { $agent }님에게 넘겼어요.
staff-resolved-ok = ✅ #{ $number } 해결 완료. 고객에게 요약이 전송됐어요.
staff-asked = ❓ #{ $number }은(는) 이제 고객 답변을 기다려요. 해결 기한 타이머가 일시 중지됐어요.
staff-queue-empty = 담당 대기열에 미배정 문의가 없어요.
staff-queue-header = 담당 대기열 대기 목록 (같은 우선순위 안에서는 오래된 순):
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age }분 · { $subject }
staff-mine-header = 진행 중인 내 문의:
staff-mine-empty = 진행 중인 문의가 없어요.
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = 이 메시지는 문의와 연결되어 있지 않아요. 문의 카드나 고객 메시지에 답장하거나 /r 10001 text 를 사용하세요.
staff-reply-which-ticket = 이 메시지에는 여러 문의({ $numbers })의 고객 메시지가 함께 들어 있어요. 어느 문의에 답하는지 알려 주세요: /r { $first } 답변 내용
staff-usage = 사용법: { $usage }
staff-help = 지원팀 명령어:
    /duty on · /duty off: 근무 시작 또는 종료
    /queue: 대기 중인 문의 · /mine: 내 문의 · /next: 다음 문의 맡기 · /take 10001
    고객 메시지에 답장하면 답변이 전송돼요. /r 10001 text 도 같아요
    /ask 10001 question: 추가 정보 요청 (문의가 고객 답변 대기 상태가 됨)
    /note 10001 text: 내부 메모 · /m code 10001: 매크로 전송 · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    관리자: /staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    편집자: /kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    품질: /my_quality 내 점수 · 슈퍼바이저: /qa, /qa_note · 관리자 A/B 테스트: /experiments, /exp_new, /exp_results
staff-macros-header = 매크로: /m code 10001 로 보내거나, 고객 메시지에 /m code 로 답장하세요.
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = { $name }님을 { $queues } 대기열의 { $role }(으)로 등록했어요 (한도 { $limit }).
staff-removed = { $name }님의 직원 권한을 해제했어요.
staff-list-item = { $name } · { $role } · { $queues } · 한도 { $limit } · { $duty }
staff-duty-mark-on = 근무 중
staff-duty-mark-off = 자리 비움
staff-user-unknown = 아직 { $who }을(를) 알 수 없어요. 먼저 봇에 /start 를 보내 달라고 요청하거나, 숫자로 된 Telegram ID를 사용하세요.
macro-saved = 매크로 { $code } ({ $lang })을(를) 저장했어요.
macro-deleted = 매크로 { $code }을(를) 삭제했어요.
staff-admins-only = 관리자만 할 수 있어요.
staff-low-rating = ⚠️ 문의 #{ $number }이(가) { $csat } ⭐ 평가를 받아 다시 열렸어요. 책임자가 고객에게 연락해야 해요.
staff-follow-up-reopened = 🔁 고객이 #{ $number }의 해결 방법이 도움이 되지 않았다고 해요. 문의가 다시 열렸어요.
staff-rules-header = 자동화 (/rule_on code 또는 /rule_off code 로 켜고 끄기):
staff-rule-item = { $state } <code>{ $code }</code>: { $event } → { $action }
staff-rule-saved = 자동화 { $code }: { $state }.
staff-rule-on = 켜짐
staff-rule-off = 꺼짐
digest = 📊 일일 요약 ({ $date })
    접수: { $opened } · 해결: { $resolved } · 문서로 자동 해결: { $auto }
    첫 답변 대기 중: { $unanswered } · SLA 위반: { $breached }
    CSAT: { $csat } (평가 { $ratings }건) · 가장 많은 주제: { $topic }
attachment-added = 📎 문의 #{ $number }에 추가되었습니다
staff-suggested = 📚 답이 될 수 있는 문서:
staff-suggested-item = • { $title } (<code>{ $slug }</code>)
kb-editors-only = 지식 베이스 편집자, 슈퍼바이저, 관리자만 할 수 있어요.
kb-draft-created = 📝 문의 #{ $number }에서 초안 { $slug }을(를) 만들었어요. 확인한 뒤 /kb_publish { $slug } 를 보내세요.
kb-published = ✅ 문서 { $slug }을(를) 게시했어요.
kb-unpublished = ⏸ 문서 { $slug }을(를) 초안으로 되돌렸어요.
kb-saved = 문서 { $slug } ({ $lang })을(를) 저장했어요.
kb-misses-header = 결과가 없었던 검색 (최근 7일):
kb-misses-item = { $count } × { $query } ({ $lang })
kb-misses-none = 최근 7일 동안 모든 검색에서 결과를 찾았어요.
kb-report-header = 표시됐지만 문제를 해결하지 못한 문서 (최근 7일):
kb-report-item = { $count } × { $title } (<code>{ $slug }</code>)
kb-report-none = 최근 7일 동안 문의로 이어진 문서가 없어요.
staff-rule-alert = 🔔 규칙 { $rule }이(가) 문의 #{ $number }에서 실행되었어요.
staff-rule-deleted = 규칙 { $code }을(를) 삭제했어요.
staff-rule-bad-json = 규칙 코드 뒤에는 JSON을 보내야 해요. 예: {"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
