# Dəstək qrupunda və kanalın müzakirə qrupunda bot.

community-added = Salam! Bu söhbəti qoruya və burada suallara cavab verə bilərəm. Admin sadəcə /community_setup göndərsin.
community-setup-not-admin = Məni yalnız söhbətin adminləri qura bilər.
community-setup-done =
    Hazırdır: artıq bu söhbətə mən baxıram. Tanıdığım adminlər: { $admins }.
    Ayarlar (/community_set ad dəyər ilə dəyişin):
    { $settings }
community-settings =
    Cari ayarlar (/community_set ad dəyər ilə dəyişin):
    { $settings }
community-settings-bad = Bu dəyər { $key } üçün uyğun deyil. Ayarları görmək üçün /community_set göndərin.
community-not-moderator = Bunu yalnız moderatorlar edə bilər.

community-contacts =
    📌 <b>Rəsmi əlaqə</b>
    Dəstək: { $bot } (yeganə dəstək hesabı)
    Komanda: { $team }

    Biz heç vaxt ilk yazmırıq və şifrə, kod və ya ödəniş istəmirik. Adımızdan istifadə edən başqa hər kəs biz deyilik.
community-need-help = Köməyə ehtiyacınız var? Burada soruşun və ya bizə şəxsi yazın: hesabınızla bağlı hər şey orada daha tez və təhlükəsiz həll olunur.
community-need-help-button = 💬 Dəstəyə yazın
community-report-button = 🚩 Spam barədə bildir
community-report-how = Şübhəli mesaja /report ilə cavab verin, moderatorlar baxacaq.

community-captcha = Xoş gəlmisiniz, { $name }! İnsan olduğunuzu bilmək üçün { $seconds } saniyə ərzində { $emoji } düyməsini basın. O vaxta qədər mesajlarınız gözləyir.
community-captcha-request = Salam, { $name }! “{ $chat }” qrupuna qoşulmaq üçün { $seconds } saniyə ərzində { $emoji } düyməsini basın.
community-captcha-not-yours = Bu yoxlama başqa yeni üzv üçündür.
community-captcha-passed = Təşəkkürlər, { $name }, xoş gəlmisiniz!
community-captcha-failed = Bu düzgün şəkil deyildi. Bir az sonra qoşulma sorğusunu yenidən göndərə bilərsiniz.
community-request-waiting = Təşəkkürlər! Moderator tezliklə sorğunuzu təsdiqləyəcək.

community-newcomer =
    { $name }, mesajınız silindi: yeni üzvlər ilk { $messages } mesaj və ya { $hours } saat ərzində { $what ->
        [link] link
        [media] foto, video və ya fayl
        [forward] yönləndirilmiş mesaj
       *[mention] istinad (mention)
    } göndərə bilməz. Bu, fırıldaqçılardan qorunmaq üçündür. Adi mətn yaza bilərsiniz!
community-spam-removed =
    { $name }, mesajınız silindi: { $why ->
        [flood] ardıcıl çox mesaj göndərildi; { $minutes } dəqiqədən sonra yenidən yaza bilərsiniz.
        [scam-link] məlum fırıldaq üsuluna oxşayır.
       *[lookalike-link] içindəki link rəsmi saytımızı təqlid edir.
    } Səhv olubsa, “Etiraz et” düyməsini basın.
community-appeal-button = Etiraz et
community-appeal-not-yours = Bu düymə həmin üzv üçündür.
community-appeal-sent = Etirazınız moderatorlara çatdı. Səbriniz üçün təşəkkürlər.
community-impersonation = ⚠️ Diqqət: <b>{ $name }</b> adı komandamızınkına bənzəyir, amma komandadan deyil. Biz ilk yazmırıq və kod, şifrə və ya ödəniş istəmirik. Moderatorlara xəbər verildi.

community-mod-usage = Üzvün mesajına cavab verin və ya id yazın: /ban 123456789
community-mod-not-admins = Adminlərə komanda ilə tədbir görmək olmaz.
community-mod-warn = { $name } xəbərdarlıq aldı ({ $count }).
community-mod-mute = { $name } { $minutes } dəqiqə yaza bilməyəcək.
community-mod-ban = { $name } söhbətdən çıxarıldı.
community-mod-unban = { $name } yenidən burada yaza bilər.
community-report-sent = Təşəkkürlər, moderatorlara xəbər verildi.

community-answer-article = { $name }, bu kömək etməlidir: <b>{ $title }</b>
    { $snippet }
community-answer-private = { $name }, gəlin bunu şəxsi yazışmada həll edək: hesab məlumatlarınız qrupda olmamalıdır. Düyməni basın, sualınız da sizinlə gələcək.
community-continue-button = 💬 Şəxsi davam et
community-read-article-button = 📖 Məqaləni oxu
community-ticket-usage = Üzvün mesajından müraciət yaratmaq üçün ona /ticket ilə cavab verin.
community-ticket-filed = { $name }, sizin üçün №{ $number } müraciət açdıq. Cavab botla şəxsi söhbətə gələcək.
community-ticket-offered = { $name }, komandamız bu məsələdə sizə şəxsi kömək edəcək. Davam etmək üçün düyməni basın, sualınız da sizinlə gələcək.

# Moderatorlara, botla şəxsi söhbətdə.
community-alert-impersonation = ⚠️ “{ $chat }” qrupunda komandanın mümkün klonu: { $name } (id { $id }). Məhdudlaşdırıldı; ↩️ məhdudiyyəti götürür.
community-alert-spam = 🛡 “{ $chat }” qrupunda silindi ({ $reason }), { $name }: { $text }
community-alert-report = 🚩 “{ $chat }” qrupunda { $by } { $name } barədə bildirdi: { $text }
community-alert-appeal = ↩️ { $name } “{ $chat }” qrupundakı məhdudiyyətə etiraz edir.
community-alert-join-request = 🙋 { $name } kapçanı keçdi və “{ $chat }” qrupuna qoşulmaq istəyir.
