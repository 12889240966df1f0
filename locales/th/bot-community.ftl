# บอทในกลุ่มซัพพอร์ตและกลุ่มคอมเมนต์ของช่อง

community-added = สวัสดีค่ะ! บอทช่วยดูแลแชทนี้และตอบคำถามได้ค่ะ แค่แอดมินส่ง /community_setup ก็เริ่มได้เลย
community-setup-not-admin = เฉพาะแอดมินของแชทเท่านั้นที่ตั้งค่าบอทได้ค่ะ
community-setup-done =
    เรียบร้อยค่ะ ตอนนี้บอทดูแลแชทนี้แล้ว แอดมินที่รู้จัก: { $admins } คน
    การตั้งค่า (เปลี่ยนด้วย /community_set ชื่อ ค่า):
    { $settings }
community-settings =
    การตั้งค่าปัจจุบัน (เปลี่ยนด้วย /community_set ชื่อ ค่า):
    { $settings }
community-settings-bad = ค่านี้ใช้กับ { $key } ไม่ได้ค่ะ ส่ง /community_set เพื่อดูการตั้งค่า
community-not-moderator = เฉพาะผู้ดูแลเท่านั้นที่ทำได้ค่ะ

community-contacts =
    📌 <b>ช่องทางติดต่ออย่างเป็นทางการ</b>
    ซัพพอร์ต: { $bot } (บัญชีซัพพอร์ตเพียงบัญชีเดียว)
    ทีมงาน: { $team }

    เราไม่เคยทักหาคุณก่อน และไม่เคยขอรหัสผ่าน รหัส OTP หรือให้โอนเงิน บัญชีอื่นที่ใช้ชื่อเราไม่ใช่เราค่ะ
community-need-help = ต้องการความช่วยเหลือไหมคะ? ถามในนี้ได้เลย หรือทักแชทส่วนตัวมาหาเรา เรื่องบัญชีของคุณคุยในแชทส่วนตัวจะเร็วและปลอดภัยกว่าค่ะ
community-need-help-button = 💬 ทักซัพพอร์ต
community-report-button = 🚩 แจ้งสแปม
community-report-how = ตอบกลับข้อความที่น่าสงสัยด้วย /report แล้วผู้ดูแลจะเข้าไปตรวจสอบค่ะ

community-captcha = ยินดีต้อนรับค่ะ { $name }! กด { $emoji } ภายใน { $seconds } วินาที เพื่อยืนยันว่าเป็นคนจริง ระหว่างนี้ข้อความของคุณจะถูกพักไว้ก่อนนะคะ
community-captcha-request = สวัสดีค่ะ { $name }! หากต้องการเข้าร่วม “{ $chat }” กด { $emoji } ภายใน { $seconds } วินาทีค่ะ
community-captcha-not-yours = การยืนยันนี้เป็นของสมาชิกใหม่อีกคนค่ะ
community-captcha-passed = ขอบคุณค่ะ { $name } ยินดีต้อนรับนะคะ!
community-captcha-failed = ไม่ใช่รูปที่ถูกต้องค่ะ ลองส่งคำขอเข้าร่วมใหม่อีกครั้งในภายหลังได้นะคะ
community-request-waiting = ขอบคุณค่ะ! ผู้ดูแลจะอนุมัติคำขอของคุณในไม่ช้า

community-newcomer =
    { $name } ข้อความของคุณถูกลบแล้วค่ะ สมาชิกใหม่ยังส่ง{ $what ->
        [link] ลิงก์
        [media] รูป วิดีโอ หรือไฟล์
        [forward] ข้อความที่ส่งต่อ
       *[mention] การแท็กชื่อ
    }ไม่ได้ในช่วง { $messages } ข้อความแรกหรือ { $hours } ชั่วโมงแรก เพื่อกันมิจฉาชีพค่ะ ส่งข้อความธรรมดาได้ตามสบายเลยนะคะ
community-spam-removed =
    { $name } ข้อความของคุณถูกลบแล้วค่ะ { $why ->
        [flood] เพราะส่งข้อความติดกันมากเกินไป พิมพ์ได้อีกครั้งในอีก { $minutes } นาที
        [scam-link] เพราะคล้ายกลโกงที่พบบ่อย
       *[lookalike-link] เพราะลิงก์ในข้อความปลอมเป็นเว็บไซต์ทางการของเรา
    } หากเป็นความผิดพลาด กด “อุทธรณ์” ได้เลยค่ะ
community-appeal-button = อุทธรณ์
community-appeal-not-yours = ปุ่มนี้สำหรับสมาชิกที่เกี่ยวข้องเท่านั้นค่ะ
community-appeal-sent = ส่งคำอุทธรณ์ถึงผู้ดูแลแล้วค่ะ ขอบคุณที่รอนะคะ
community-impersonation = ⚠️ ระวังนะคะ: <b>{ $name }</b> ใช้ชื่อคล้ายทีมงานของเรา แต่ไม่ใช่ทีมงาน เราไม่ทักหาก่อนและไม่ขอรหัส รหัสผ่าน หรือให้โอนเงิน แจ้งผู้ดูแลแล้วค่ะ

community-mod-usage = ตอบกลับข้อความของสมาชิก หรือระบุ id: /ban 123456789
community-mod-not-admins = ใช้คำสั่งจัดการแอดมินไม่ได้ค่ะ
community-mod-warn = { $name } ได้รับคำเตือน ({ $count })
community-mod-mute = { $name } ถูกปิดการส่งข้อความ { $minutes } นาที
community-mod-ban = { $name } ถูกนำออกจากแชทแล้ว
community-mod-unban = { $name } ส่งข้อความในนี้ได้อีกครั้งแล้ว
community-report-sent = ขอบคุณค่ะ แจ้งผู้ดูแลแล้ว

community-answer-article = { $name } บทความนี้น่าจะช่วยได้ค่ะ: <b>{ $title }</b>
    { $snippet }
community-answer-private = { $name } เรื่องนี้ขอคุยต่อในแชทส่วนตัวนะคะ ข้อมูลบัญชีไม่ควรอยู่ในกลุ่ม กดปุ่มแล้วคำถามของคุณจะตามไปด้วยค่ะ
community-continue-button = 💬 คุยต่อในแชทส่วนตัว
community-read-article-button = 📖 อ่านบทความ
community-ticket-usage = ตอบกลับข้อความของสมาชิกด้วย /ticket เพื่อเปิดเป็นเรื่องแจ้ง
community-ticket-filed = { $name } เราเปิดเรื่องแจ้งหมายเลข #{ $number } ให้แล้วค่ะ คำตอบจะส่งไปที่แชทส่วนตัวกับบอท
community-ticket-offered = { $name } ทีมงานจะช่วยเรื่องนี้ในแชทส่วนตัวค่ะ กดปุ่มเพื่อคุยต่อ คำถามของคุณจะตามไปด้วย

# ถึงผู้ดูแล ในแชทส่วนตัวกับบอท
community-alert-impersonation = ⚠️ อาจเป็นบัญชีปลอมของทีมงานใน “{ $chat }”: { $name } (id { $id }) จำกัดสิทธิ์แล้ว กด ↩️ เพื่อยกเลิก
community-alert-spam = 🛡 ลบใน “{ $chat }” ({ $reason }) จาก { $name }: { $text }
community-alert-report = 🚩 มีการแจ้งใน “{ $chat }” โดย { $by } เกี่ยวกับ { $name }: { $text }
community-alert-appeal = ↩️ { $name } อุทธรณ์การจำกัดสิทธิ์ใน “{ $chat }”
community-alert-join-request = 🙋 { $name } ผ่านแคปต์ชาแล้ว และขอเข้าร่วม “{ $chat }”
