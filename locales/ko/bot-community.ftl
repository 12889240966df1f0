# 고객 지원 그룹과 채널 댓글방의 봇.

community-added = 안녕하세요! 이 채팅방을 지키고 질문에 답해 드릴 수 있어요. 관리자가 /community_setup 만 보내 주시면 됩니다.
community-setup-not-admin = 채팅방 관리자만 봇을 설정할 수 있어요.
community-setup-done =
    완료! 이제 이 채팅방을 관리합니다. 확인된 관리자: { $admins }명.
    설정 (/community_set 이름 값 으로 변경):
    { $settings }
community-settings =
    현재 설정 (/community_set 이름 값 으로 변경):
    { $settings }
community-settings-bad = { $key }에 맞지 않는 값이에요. /community_set 을 보내 설정을 확인해 주세요.
community-not-moderator = 운영진만 할 수 있는 작업이에요.

community-contacts =
    📌 <b>공식 연락처</b>
    고객센터: { $bot } (유일한 상담 계정)
    운영진: { $team }

    저희는 먼저 연락드리지 않으며, 비밀번호·인증번호·결제를 요구하지 않습니다. 저희 이름을 쓰는 다른 계정은 저희가 아닙니다.
community-need-help = 도움이 필요하세요? 여기서 물어보시거나 1:1로 문의해 주세요. 계정 관련 문의는 1:1이 더 빠르고 안전해요.
community-need-help-button = 💬 1:1 문의하기
community-report-button = 🚩 스팸 신고
community-report-how = 의심스러운 메시지에 /report 로 답장하시면 운영진이 확인합니다.

community-captcha = { $name }님, 환영합니다! 사람인지 확인하기 위해 { $seconds }초 안에 { $emoji }를 눌러 주세요. 그 전까지는 메시지가 보류됩니다.
community-captcha-request = { $name }님, 안녕하세요! “{ $chat }”에 참여하시려면 { $seconds }초 안에 { $emoji }를 눌러 주세요.
community-captcha-not-yours = 다른 새 멤버를 위한 확인이에요.
community-captcha-passed = { $name }님, 감사합니다. 환영해요!
community-captcha-failed = 맞는 그림이 아니었어요. 잠시 후 다시 참여 요청을 보내 주세요.
community-request-waiting = 감사합니다! 운영진이 곧 요청을 승인해 드릴 거예요.

community-newcomer =
    { $name }님, 메시지가 삭제되었어요. 새 멤버는 처음 { $messages }개 메시지 또는 { $hours }시간 동안 { $what ->
        [link] 링크를
        [media] 사진, 동영상, 파일을
        [forward] 전달된 메시지를
       *[mention] 멘션을
    } 보낼 수 없어요. 사기 계정을 막기 위한 조치예요. 일반 텍스트는 언제든 환영합니다!
community-spam-removed =
    { $name }님, { $why ->
        [flood] 메시지를 연속으로 너무 많이 보내셔서 삭제되었어요. { $minutes }분 후에 다시 쓰실 수 있어요.
        [scam-link] 알려진 사기 수법과 비슷해서 메시지가 삭제되었어요.
       *[lookalike-link] 공식 사이트를 흉내 낸 링크가 있어서 메시지가 삭제되었어요.
    } 잘못된 조치라면 “이의 신청”을 눌러 주세요.
community-appeal-button = 이의 신청
community-appeal-not-yours = 해당 멤버만 누를 수 있는 버튼이에요.
community-appeal-sent = 이의 신청이 운영진에게 전달되었어요. 조금만 기다려 주세요.
community-impersonation = ⚠️ 주의하세요: <b>{ $name }</b>님은 운영진과 비슷한 이름이지만 운영진이 아닙니다. 저희는 먼저 연락하거나 인증번호·비밀번호·결제를 요구하지 않아요. 운영진에게 알렸습니다.

community-mod-usage = 멤버의 메시지에 답장하거나 id를 입력해 주세요: /ban 123456789
community-mod-not-admins = 관리자는 명령어로 제재할 수 없어요.
community-mod-warn = { $name }님에게 경고가 주어졌어요 ({ $count }회).
community-mod-mute = { $name }님은 { $minutes }분 동안 메시지를 보낼 수 없어요.
community-mod-ban = { $name }님이 채팅방에서 내보내졌어요.
community-mod-unban = { $name }님이 다시 메시지를 보낼 수 있어요.
community-report-sent = 신고 감사합니다. 운영진에게 전달했어요.

community-answer-article = { $name }님, 이 글이 도움이 될 거예요: <b>{ $title }</b>
    { $snippet }
community-answer-private = { $name }님, 계정 정보는 그룹에서 말씀하지 않는 게 좋아요. 1:1로 이어서 도와드릴게요. 버튼을 누르시면 질문이 그대로 옮겨집니다.
community-continue-button = 💬 1:1로 이어서 문의
community-read-article-button = 📖 도움말 보기
community-ticket-usage = 멤버의 메시지에 /ticket 으로 답장하면 문의로 등록됩니다.
community-ticket-filed = { $name }님, 문의 #{ $number }번을 접수했어요. 답변은 봇과의 1:1 채팅으로 드릴게요.
community-ticket-offered = { $name }님, 이 건은 운영진이 1:1로 도와드릴게요. 버튼을 누르시면 질문이 그대로 옮겨집니다.

# 운영진에게, 봇과의 1:1 채팅으로.
community-alert-impersonation = ⚠️ “{ $chat }”에 운영진 사칭 의심 계정: { $name } (id { $id }). 제한했어요. ↩️ 로 해제합니다.
community-alert-spam = 🛡 “{ $chat }”에서 삭제 ({ $reason }), { $name }: { $text }
community-alert-report = 🚩 “{ $chat }” 신고: { $by } → { $name }: { $text }
community-alert-appeal = ↩️ { $name }님이 “{ $chat }”의 제한에 이의를 신청했어요.
community-alert-join-request = 🙋 { $name }님이 캡차를 통과하고 “{ $chat }” 참여를 요청했어요.
