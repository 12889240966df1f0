# 상담원 데스크, 대기열, VIP: 운영 시간, 직원 이름, 대기열 이동에 쓰는 문구.
# 고객에게 보이는 문구에는 직원의 id, @username, 계정이 절대 들어가지 않아요: 이름 또는 "고객지원"만.

## 고객용
support-name = 고객지원
agent-reply-unnamed = <b>고객지원</b>:
    { $text }
agent-clarification-unnamed = <b>고객지원</b>: 문의 #{ $number } 관련해 확인이 필요한 내용이 있어요:
    { $text }

    여기에 답장해 주시면 돼요. 문의는 { $hours }시간 동안 열어 둘게요.
status-taken-unnamed = 고객지원 담당자가 이제 문의 #{ $number }을(를) 맡았어요.
ticket-moved = 문의 #{ $number }을(를) 더 잘 도와드릴 수 있는 담당 팀으로 넘겼어요. 답변은 여기로 와요. 따로 하실 일은 없어요.
ticket-receipt-in-line = 문의 <b>#{ $number }</b>이(가) 접수되었어요.
    주제: { $topic }
    예상 대기 시간: { $eta ->
       *[other] 약 { $eta }분
    }
    대기 순서: { $place }번째
    모든 답변은 여기로 보내 드려요. 상태: <b>접수됨</b>
ticket-receipt-nobody-on-duty = 문의 <b>#{ $number }</b>이(가) 접수되었어요.
    주제: { $topic }
    지금은 근무 중인 상담원이 없어서 답변 시간을 약속드리기 어려워요. 메시지는 저장되었어요. 가장 먼저 근무를 시작하는 상담원이 여기로 답변드릴게요. 다시 보내실 필요는 없어요.
    대기 순서: { $place }번째
    상태: <b>접수됨</b>
ticket-receipt-after-hours = 문의 <b>#{ $number }</b>이(가) 접수되었어요.
    주제: { $topic }
    지금은 운영 시간이 아니에요 (운영 시간: { $hours }). 메시지는 저장되었어요. { $when } 이후에 여기로 답변드릴게요. 다시 보내실 필요는 없어요.
    대기 순서: { $place }번째
    상태: <b>접수됨</b>
ticket-status-place = 대기 순서: { $place }번째

## 직원용
staff-help-more = VIP (슈퍼바이저, 관리자): /vip @user · /vip 123456789 987654321 (여러 명) · 문의 카드에 답장으로 /vip · /unvip · /vips
    대기열 운영 시간 (관리자): /queue_set L1 hours=mon-fri 09:00-18:00 (hours=24/7 은 상시 운영)
staff-duty-on-queues = { $queues } 대기열에서 근무를 시작했어요. 새 문의가 배정될 수 있어요.
staff-duty-on-no-queues = 근무를 시작했지만 아직 소속된 대기열이 없어서 문의가 배정되지 않아요. 관리자에게 추가를 요청하세요: /staff_set { $id } queues=L1 (대기열: { $codes }).
staff-duty-on-no-queues-admin = 근무를 시작했지만 아직 소속된 대기열이 없어서 문의가 배정되지 않아요. 직접 추가하세요: /staff_set { $id } queues=L1 (대기열: { $codes }).
staff-ticket-moved-away = ↗️ #{ $number }이(가) { $queue }(으)로 이동되어 더 이상 담당하지 않아요.
staff-ticket-moved-assigned = 📥 #{ $number }이(가) { $from }에서 { $queue }(으)로 이동되어 ({ $reason }) 배정되었어요.
    지금까지의 대화:
    { $text }

    이 메시지에 답장하면 고객에게 전달돼요.
staff-ticket-moved-card = ↗️ #{ $number }이(가) { $from }에서 { $queue }(으)로 이동되었어요 ({ $reason }). 맡아 줄 상담원을 기다리고 있어요.
    지금까지의 대화:
    { $text }
staff-transferred-history = ↪️ #{ $number }을(를) 넘겨받았어요. 지금까지의 대화:
    { $text }

    이 메시지에 답장하면 고객에게 전달돼요.
staff-customer-history = 💬 #{ $number } · { $name }, 지금까지의 대화:
    { $text }
staff-customer-edited = ✏️ #{ $number } · { $name }님이 메시지를 수정했어요. 수정된 내용: { $text }
queue-list-hours = , 운영 시간: { $hours } ({ $tz })
vip-supervisors-only = VIP 상태는 슈퍼바이저와 관리자만 바꿀 수 있어요.
vip-usage = 사용법: /vip @user, /vip 123456789 987654321 (여러 명), 또는 문의 카드에 답장으로 /vip. /unvip도 같아요.
vip-set = ⭐ VIP 지정: { $count }명 · { $names }. 대기 중인 문의는 VIP 대기열로 옮겼고, 새 문의는 처음부터 그쪽으로 가요.
vip-unset = VIP 해제: { $count }명 · { $names }.
vip-unchanged = 이미 그 상태예요: { $names }.
vip-unknown = 아직 { $who }을(를) 몰라요: 먼저 봇에 메시지를 보내 달라고 하거나 숫자 텔레그램 id를 사용하세요.
vip-list-header = ⭐ VIP 고객:
vip-list-item = { $name } · { $id }{ $username }
vip-list-empty = 아직 VIP 고객이 없어요. /vip @user 로 지정하세요.
