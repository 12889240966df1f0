# 员工菜单（@grammyjs/menu）：/staff、/queues、/rules 以及被拦下回复的确认。
menu-outdated = 菜单在发出后已有变化，这是最新的状态，请再点一次。
menu-back = « 返回
menu-role-agent = 客服
menu-role-supervisor = 主管
menu-role-admin = 管理员
menu-role-editor = 编辑
menu-role-moderator = 群管理
menu-role-analyst = 分析师
staff-menu-hint = 点成员可修改其角色或队列，也可将其移出团队。
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    队列：{ $queues } · 上限 { $limit }
    点角色或队列即可修改。
staff-menu-remove = 移出团队
staff-menu-remove-confirm = 确定移出 { $name }
queues-menu-hint = 点队列可暂停或恢复。暂停队列的新工单会转到 L1。
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name }（已暂停）
queues-menu-now-paused = 队列 { $code } 已暂停。恢复之前，它的新工单会转到 L1。
queues-menu-now-active = 队列 { $code } 已恢复接单。
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 删除
rules-menu-delete-confirm = 确定删除 { $code }
