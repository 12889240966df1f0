# Əməkdaş menyuları (@grammyjs/menu): /staff, /queues, /rules və saxlanılan cavabın təsdiqi.
menu-outdated = Menyu göndəriləndən sonra dəyişib. Budur, indiki halı — bir də basın.
menu-back = « Geri
menu-role-agent = Operator
menu-role-supervisor = Supervayzer
menu-role-admin = Admin
menu-role-editor = Redaktor
menu-role-moderator = Moderator
menu-role-analyst = Analitik
staff-menu-hint = Rolunu, növbələrini dəyişmək və ya komandadan çıxarmaq üçün əməkdaşın adına basın.
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    Növbələr: { $queues } · limit { $limit }
    Dəyişmək üçün rola və ya növbəyə basın.
staff-menu-remove = Komandadan çıxar
staff-menu-remove-confirm = Bəli, { $name } çıxarılsın
queues-menu-hint = Növbəni dayandırmaq və ya yenidən açmaq üçün ona basın. Dayandırılmış növbənin yeni müraciətləri L1-ə gedir.
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name } (dayandırılıb)
queues-menu-now-paused = { $code } növbəsi dayandırıldı. Yenidən açana qədər yeni müraciətlər L1-ə gedəcək.
queues-menu-now-active = { $code } növbəsi yenidən müraciət qəbul edir.
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 Sil
rules-menu-delete-confirm = Bəli, { $code } silinsin
