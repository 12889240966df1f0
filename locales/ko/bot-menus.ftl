# 직원용 메뉴 (@grammyjs/menu): /staff, /queues, /rules, 보류된 답변 확인.
menu-outdated = 보낸 뒤로 메뉴가 바뀌었어요. 지금 상태로 다시 보여 드릴게요. 한 번 더 눌러 주세요.
menu-back = « 뒤로
menu-role-agent = 상담원
menu-role-supervisor = 수퍼바이저
menu-role-admin = 관리자
menu-role-editor = 편집자
menu-role-moderator = 모더레이터
menu-role-analyst = 분석가
staff-menu-hint = 직원을 누르면 역할과 큐를 바꾸거나 팀에서 뺄 수 있어요.
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    큐: { $queues } · 동시 처리 { $limit }건
    역할이나 큐를 눌러 바꾸세요.
staff-menu-remove = 팀에서 제외
staff-menu-remove-confirm = 네, { $name } 님을 제외할게요
queues-menu-hint = 큐를 누르면 일시 중지하거나 다시 켤 수 있어요. 중지된 큐의 새 문의는 L1로 갑니다.
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name } (일시 중지)
queues-menu-now-paused = { $code } 큐를 일시 중지했어요. 다시 켤 때까지 새 문의는 L1로 갑니다.
queues-menu-now-active = { $code } 큐가 다시 문의를 받아요.
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 삭제
rules-menu-delete-confirm = 네, { $code } 삭제
