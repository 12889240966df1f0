# Staff menus (@grammyjs/menu): /staff, /queues, /rules and the held-reply confirmation.
menu-outdated = This menu changed since it was sent. Here it is as it is now; please tap again.
menu-back = « Back
menu-role-agent = Agent
menu-role-supervisor = Supervisor
menu-role-admin = Admin
menu-role-editor = Editor
menu-role-moderator = Moderator
menu-role-analyst = Analyst
staff-menu-hint = Tap a person to change their role or queues, or to remove them.
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    Queues: { $queues } · limit { $limit }
    Tap a role or a queue to change it.
staff-menu-remove = Remove from the team
staff-menu-remove-confirm = Yes, remove { $name }
queues-menu-hint = Tap a queue to pause or resume it. New tickets for a paused queue go to L1.
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name } (paused)
queues-menu-now-paused = Queue { $code } is paused. Its new tickets go to L1 until you resume it.
queues-menu-now-active = Queue { $code } is taking tickets again.
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 Delete
rules-menu-delete-confirm = Yes, delete { $code }
