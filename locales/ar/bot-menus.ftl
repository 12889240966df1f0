# قوائم فريق الدعم (@grammyjs/menu): ‎/staff و‎/queues و‎/rules وتأكيد الرد المعلَّق.
menu-outdated = تغيّرت هذه القائمة منذ إرسالها. هذه هي بحالتها الحالية، اضغط مرة أخرى من فضلك.
menu-back = « رجوع
menu-role-agent = موظف دعم
menu-role-supervisor = مشرف
menu-role-admin = مدير
menu-role-editor = محرر
menu-role-moderator = مراقب
menu-role-analyst = محلل
staff-menu-hint = اضغط على اسم أحد أعضاء الفريق لتغيير دوره أو طوابيره، أو لإزالته من الفريق.
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    الطوابير: { $queues } · الحد { $limit }
    اضغط على دور أو طابور لتغييره.
staff-menu-remove = إزالة من الفريق
staff-menu-remove-confirm = نعم، أزِل { $name }
queues-menu-hint = اضغط على طابور لإيقافه مؤقتًا أو إعادة تشغيله. التذاكر الجديدة لطابور موقوف تذهب إلى L1.
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name } (موقوف مؤقتًا)
queues-menu-now-paused = أُوقف الطابور { $code } مؤقتًا. ستذهب تذاكره الجديدة إلى L1 حتى تعيد تشغيله.
queues-menu-now-active = عاد الطابور { $code } يستقبل التذاكر.
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 حذف
rules-menu-delete-confirm = نعم، احذف { $code }
