# ข้อความของบอต ตัวแปรที่มีข้อความจากผู้ใช้จะถูก escape เป็น HTML ก่อนมาถึงที่นี่

start-greeting = สวัสดีค่ะ คุณ{ $name }! ฉันเป็นผู้ช่วยฝ่ายซัพพอร์ต ถ้าตอบได้จะตอบทันที และถ้าต้องใช้คนช่วยจะส่งต่อให้เจ้าหน้าที่ค่ะ ทั้งกลางวันและกลางคืน
start-choose-topic = เรื่องอะไรคะ? เลือกหัวข้อ หรือเล่าปัญหาด้วยคำพูดของคุณเองได้เลยค่ะ
start-welcome-back = ยินดีต้อนรับกลับมาค่ะ คุณ{ $name }! มีอะไรให้ช่วยไหมคะ?

consent-request = ก่อนเริ่ม: เพื่อช่วยเหลือคุณ เราจะเก็บบทสนทนานี้และข้อมูลที่คุณส่งมาไว้ตลอดเวลาที่จำเป็นสำหรับคำขอของคุณ คุณสามารถส่งออกหรือลบข้อมูลของคุณได้ทุกเมื่อในการตั้งค่า
consent-accept = ยอมรับและดำเนินการต่อ
consent-decline = ไม่ล่ะ ขอบคุณ
consent-declined = รับทราบค่ะ เราจะไม่เก็บอะไรจากแชตนี้ คุณยังอ่านบทความช่วยเหลือได้ตามปกติ ถ้าเปลี่ยนใจ กดปุ่มด้านล่างได้เลยค่ะ
consent-needed = เราเก็บข้อความของคุณไว้แล้วค่ะ หากต้องการเปิดคำขอ เราต้องได้รับความยินยอมให้เก็บบทสนทนาก่อน กดปุ่มยินยอมด้านล่างได้เลยค่ะ

topic-payment = 💳 การชำระเงิน
topic-account = 👤 บัญชี
topic-feature = 🛠 วิธีใช้ / ฟีเจอร์
topic-complaint = 😞 ร้องเรียน
topic-idea = 💡 ไอเดีย
topic-other = ❓ อื่น ๆ
topic-name-payment = การชำระเงิน
topic-name-account = บัญชี
topic-name-feature = วิธีใช้ / ฟีเจอร์
topic-name-complaint = ร้องเรียน
topic-name-idea = ไอเดีย
topic-name-other = อื่น ๆ

intake-topic-chosen = หัวข้อ: { $topic }
q-payment-what = เกิดอะไรขึ้นกับการชำระเงินคะ? เช่น ถูกปฏิเสธ, ตัดเงินแล้วแต่ไม่ได้รับ, ตัดเงินซ้ำสองครั้ง
q-payment-when = คุณชำระเงินเมื่อไหร่ และใช้ช่องทางไหน (บัตร, วอลเล็ต…)? กรุณาอย่าส่งเลขบัตรแบบเต็มนะคะ
q-account-what = ต้องการให้ช่วยเรื่องบัญชีแบบไหนคะ? เช่น เข้าสู่ระบบไม่ได้, เปลี่ยนอีเมล, 2FA
q-feature-goal = คุณกำลังพยายามทำอะไรอยู่คะ?
q-feature-tried = แล้วเกิดอะไรขึ้นแทนคะ? ถ้ามีข้อความแสดงข้อผิดพลาดจะช่วยได้มากเลยค่ะ
q-complaint-what = ขออภัยด้วยนะคะ เล่าให้เราฟังว่าเกิดอะไรขึ้น แล้วเราจะส่งเรื่องให้เจ้าหน้าที่ดูค่ะ
q-idea-what = อยากฟังมากเลยค่ะ! คุณอยากเห็นอะไรบ้างคะ?
q-other-what = บอกเราสั้น ๆ ว่าต้องการอะไรค่ะ
intake-ask-file = ภาพหน้าจอหรือไฟล์ช่วยเราได้มาก ส่งมาตอนนี้เลย หรือกด "ข้าม" ค่ะ
intake-file-received = ได้รับแล้วค่ะ ({ $count } { $count ->
   *[other] ไฟล์
  }) ส่งเพิ่มได้ หรือกด "ดำเนินการต่อ" ค่ะ
intake-need-text = กรุณาตอบเป็นข้อความ หรือกด "ข้าม" ค่ะ
intake-need-file = กรุณาส่งรูปภาพหรือไฟล์ หรือกด "ข้าม" ค่ะ

btn-skip = ข้าม
btn-back = ◀ เปลี่ยนหัวข้อ
btn-continue = ดำเนินการต่อ ▶
btn-cancel = ยกเลิก

kb-suggest-intro = บทความเหล่านี้อาจช่วยแก้ปัญหาได้ทันที:
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = แก้ปัญหาได้ไหมคะ?
kb-solved-yes = ✅ ได้ แก้แล้ว
kb-solved-no = ❌ ไม่ได้ ขอคนช่วย
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    แก้ปัญหาได้ไหมคะ?
kb-open-article = 📖 อ่านบทความ
intake-retry = ขออภัยค่ะ ตอนนี้ยังบันทึกคำขอของคุณไม่ได้ ข้อความที่คุณเขียนทั้งหมดถูกเก็บไว้แล้ว กด «ลองอีกครั้ง» (หรือส่งข้อความ) แล้วเราจะบันทึกให้ค่ะ
btn-retry = ลองอีกครั้ง
kb-glad = เยี่ยมเลย ดีใจที่ช่วยได้ค่ะ! ถ้ามีอะไรอีก พิมพ์มาที่นี่ได้เลย
kb-read = อ่าน: { $title }

handoff-notice = กำลังส่งเรื่องให้เจ้าหน้าที่ทันทีค่ะ
handoff-security-notice = เรื่องนี้ดูเร่งด่วน: ทีมความปลอดภัยและการชำระเงินของเราจะได้รับเรื่องทันที อย่าบอกรหัสผ่าน รหัสยืนยัน หรือเลขบัตรแบบเต็มกับใครเด็ดขาด รวมถึงเราด้วย

ticket-receipt = สร้างคำขอ <b>#{ $number }</b> แล้ว
    หัวข้อ: { $topic }
    ระยะเวลารอ: { $eta ->
       *[other] ประมาณ { $eta } นาที
    }
    คุณจะได้รับคำตอบทั้งหมดที่นี่ สถานะ: <b>เปิดอยู่</b>
btn-ticket-status = สถานะ
btn-add-details = เพิ่มรายละเอียด
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = ขั้นตอนต่อไปของคำขอ #{ $number }:
    1. ทีมงานจะอ่านข้อความของคุณและตอบกลับในแชทนี้เลยค่ะ
    2. ถ้าต้องการข้อมูลเพิ่ม เราจะถามนะคะ แค่ตอบกลับที่นี่ได้เลย
    3. เมื่อแก้ไขเรียบร้อย เราจะส่งสรุปสั้น ๆ ว่าทำอะไรไปบ้างค่ะ
    นึกอะไรเพิ่มได้ใช่ไหมคะ? แตะ “เพิ่มรายละเอียด” ด้านบนได้เลยค่ะ
ticket-appended = เพิ่มลงในคำขอ #{ $number } แล้ว เจ้าหน้าที่จะเห็นข้อความนี้ค่ะ
ticket-details-prompt = ส่งรายละเอียดสำหรับคำขอ #{ $number } มาได้เลย: ข้อความ ภาพหน้าจอ หรือไฟล์
ticket-not-found = ไม่พบคำขอ #{ $number } ในคำขอของคุณ ส่ง /tickets เพื่อดูคำขอทั้งหมดของคุณค่ะ
ticket-list-empty = คุณยังไม่มีคำขอเลย เล่าปัญหาให้ฟัง แล้วฉันจะเปิดคำขอให้ค่ะ
ticket-list-header = คำขอของคุณ:
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = คำขอ <b>#{ $number }</b>
    สถานะ: <b>{ $status }</b>
    หัวข้อ: { $topic }
    เปิดเมื่อ: { $opened }
    { $eta }
ticket-status-eta-minutes = คาดว่าจะได้รับคำตอบแรกในอีกประมาณ { $minutes } นาที
ticket-status-answered = เจ้าหน้าที่ตอบแล้วค่ะ
status-new = เปิดอยู่
status-in_progress = กำลังดำเนินการ
status-waiting_customer = รอคุณตอบกลับ
status-resolved = แก้ไขแล้ว
status-closed = ปิดแล้ว

reopen-ask = เรื่องนี้เกี่ยวกับคำขอ #{ $number } (เพิ่งแก้ไขไป) หรือเป็นเรื่องใหม่คะ?
reopen-same = ใช่ เปิด #{ $number } อีกครั้ง
reopen-new = เรื่องใหม่
reopen-done = เปิดคำขอ #{ $number } อีกครั้งแล้ว เจ้าหน้าที่จะเห็นข้อความของคุณค่ะ

cmd-status-usage = ส่งหมายเลขคำขอแบบนี้: /status 10001
help-text = พิมพ์คำถามที่นี่ได้เลย ทุกเวลา ทุกภาษา
    /start เริ่มใหม่โดยเลือกหัวข้อ
    /tickets คำขอของคุณ
    /status 10001 ดูคำขอเดียว
    /cancel หยุดคำขอปัจจุบัน
    /help ข้อความนี้
cancel-done = หยุดแล้วค่ะ ไม่มีอะไรถูกส่งออกไป พิมพ์มาได้ทุกเมื่อเพื่อเริ่มใหม่
cancel-nothing = ไม่มีอะไรให้ยกเลิกค่ะ พร้อมเมื่อไหร่ก็พิมพ์คำถามมาได้เลย

unsupported-media = ตอนนี้ยังรับข้อความประเภทนี้ไม่ได้ค่ะ กรุณาอธิบายเป็นข้อความ หรือส่งรูปภาพหรือไฟล์แทน
empty-message = ดูเหมือนข้อความของคุณจะว่างเปล่า เล่าสั้น ๆ ได้ไหมคะว่าเกิดอะไรขึ้น
text-too-long = ข้อความยาวเลย ฉันเก็บไว้ทั้งหมดให้เจ้าหน้าที่แล้วค่ะ
emoji-only = เห็นอีโมจิแล้วค่ะ แต่ต้องการคำอธิบายสักหน่อยเพื่อช่วยคุณ เกิดอะไรขึ้นคะ?
stale-button = ปุ่มนี้มาจากบทสนทนาก่อนหน้า ตอนนี้เราอยู่ตรงนี้ค่ะ:
error-generic = ขออภัย เกิดข้อผิดพลาดจากฝั่งเรา ข้อความของคุณปลอดภัยดี กรุณาลองใหม่อีกครั้งในอีกสักครู่
not-staff = คำสั่งนี้สำหรับทีมซัพพอร์ตเท่านั้น

agent-reply = <b>{ $agent }</b> จากฝ่ายซัพพอร์ต:
    { $text }
agent-clarification = <b>{ $agent }</b> จากฝ่ายซัพพอร์ต ขอรายละเอียดเพิ่มเติมสำหรับคำขอ #{ $number }:
    { $text }

    ตอบกลับที่นี่ได้เลยค่ะ เราจะเปิดคำขอนี้ไว้ { $hours } ชั่วโมง
clarification-reminder = แจ้งเตือนค่ะ: คำขอ #{ $number } กำลังรอคำตอบจากคุณ ตอบกลับที่นี่ แล้วเราจะดำเนินการต่อให้ค่ะ
clarification-closed = เราปิดคำขอ #{ $number } แล้ว เนื่องจากไม่ได้รับการตอบกลับ พิมพ์มาที่นี่ได้ทุกเมื่อ แล้วเราจะดูแลต่อให้ค่ะ
ticket-resolved = ✅ คำขอ #{ $number } ได้รับการแก้ไขแล้วค่ะ

    สิ่งที่เราทำ: { $summary }

    ถ้ายังมีอะไรไม่เรียบร้อย ตอบกลับที่นี่ได้เลยค่ะ
ticket-resolved-next = ✅ คำขอ #{ $number } ได้รับการแก้ไขแล้วค่ะ

    สิ่งที่เราทำ: { $summary }
    ขั้นตอนถัดไป: { $next }

    ถ้ายังมีอะไรไม่เรียบร้อย ตอบกลับที่นี่ได้เลยค่ะ

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
rating-thanks = ขอบคุณที่ให้คะแนนคำขอ #{ $number } นะคะ! ช่วยให้เราพัฒนาได้ดียิ่งขึ้นค่ะ
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = ความช่วยเหลือสำหรับคำขอ #{ $number } เป็นอย่างไรบ้างคะ? แตะให้ดาวด้านล่างได้เลยค่ะ
rating-thanks-nps = ขอบคุณที่ให้คะแนนคำขอ #{ $number } นะคะ! ขอถามอีกหนึ่งข้อ: จาก 0 ถึง 10 คุณมีแนวโน้มจะแนะนำเราให้เพื่อนมากแค่ไหนคะ?
nps-thanks = ขอบคุณค่ะ! เราอ่านทุกคำตอบเลยนะคะ
rating-low-reply = ขออภัยที่เรายังดูแลได้ไม่ดีพอค่ะ หัวหน้างานจะดูคำขอ #{ $number } ด้วยตัวเอง และติดต่อกลับที่นี่ค่ะ
rating-already = ขอบคุณค่ะ เราได้รับคะแนนของคุณสำหรับคำขอนี้แล้ว
follow-up-ask = เมื่อสองสามวันก่อน เราแก้ไขคำขอ #{ $number } ให้แล้ว วิธีแก้ไขช่วยได้ไหมคะ?
follow-up-yes = 👍 ได้ เรียบร้อยดี
follow-up-no = 👎 ไม่ได้ ยังมีปัญหา
follow-up-glad = ดีใจจังค่ะ! ปิดคำขอ #{ $number } แล้ว ถ้าต้องการความช่วยเหลือ พิมพ์มาได้ทุกเมื่อนะคะ
follow-up-reopened = ขออภัยด้วยนะคะ เปิดคำขอ #{ $number } อีกครั้งแล้ว โดยเจ้าหน้าที่คนเดิมจะดูแลต่อ บอกเราที่นี่ได้เลยว่ายังมีอะไรไม่เรียบร้อย
status-taken = { $agent } จากฝ่ายซัพพอร์ตกำลังดูแลคำขอ #{ $number } ของคุณแล้วค่ะ

# ทีมงาน: การแจ้งเตือนและคำสั่งของทีมซัพพอร์ต
staff-sla-warning-first = ⏰ คำขอ #{ $number } ({ $queue }): ต้องตอบครั้งแรกภายใน { $minutes } นาที
staff-sla-warning-resolution = ⏰ คำขอ #{ $number } ({ $queue }): ต้องแก้ไขให้เสร็จภายใน { $minutes } นาที
staff-sla-breach-first = 🚨 เกิน SLA: คำขอ #{ $number } ({ $queue }) รอคำตอบแรกมาแล้ว { $minutes } นาที
staff-sla-breach-resolution = 🚨 เกิน SLA: คำขอ #{ $number } ({ $queue }) แก้ไขไม่ทันตามกำหนด
staff-escalated = ↗️ ยกระดับคำขอ #{ $number } จาก { $from } ไปยัง { $to } แล้ว
staff-unanswered = 💬 คำขอ #{ $number } ({ $queue }): ข้อความล่าสุดของลูกค้ารอคำตอบมาแล้ว { $minutes } นาที
staff-security-alert = 🛡 ความปลอดภัย/การชำระเงิน: คำขอใหม่ #{ $number } ({ $topic }) ลำดับความสำคัญ { $priority } โปรดรับเรื่องทันที
staff-duty-on = คุณเข้ากะแล้ว คำขอใหม่ในคิวของคุณอาจถูกส่งมาให้คุณ
staff-duty-off = คุณออกจากกะแล้ว ระบบจะไม่มอบหมายคำขอใหม่ให้คุณ
staff-duty-usage = ใช้ /duty on หรือ /duty off
staff-next-none = ไม่มีคำขอรออยู่ในคิวของคุณ 🎉
staff-taken = คุณรับคำขอ #{ $number } ({ $queue }) แล้ว: { $subject }
staff-take-usage = ส่งหมายเลขคำขอแบบนี้: /take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }: ตอบครั้งแรก { $first } นาที, แก้ไข { $resolution }, เตือนล่วงหน้า { $warn } นาที, ยกระดับไปยัง { $escalate }
queue-none = ไม่มี
queue-usage = วิธีใช้: /queue_set CODE first=15 resolution=240 warn=5 escalate=L2 (ใช้ resolution=none, escalate=none เพื่อล้างค่า); /queue_add CODE ชื่อคิว
queue-saved = บันทึกคิว { $code } แล้ว
staff-delivery-blocked = ⚠️ ส่งคำตอบของคุณใน #{ $number } ไม่สำเร็จ: ลูกค้าบล็อกบอตไว้ คำตอบยังอยู่ในประวัติของคำขอ
staff-delivery-failed = ⚠️ ส่งคำตอบของคุณใน #{ $number } ไม่สำเร็จ คำตอบยังอยู่ในประวัติของคำขอ
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    หัวข้อ: { $topic } · ตอบครั้งแรกภายใน { $due } UTC
    { $name }: { $text }
staff-ticket-assigned = 📥 มอบหมายให้คุณ: #{ $number } · { $queue } · { $priority } { $vip }
    หัวข้อ: { $topic } · ตอบครั้งแรกภายใน { $due } UTC
    { $name }: { $text }

    ตอบกลับข้อความนี้เพื่อตอบลูกค้า
staff-customer-message = 💬 #{ $number } · { $name }: { $text }
staff-transferred-to-you = ↪️ #{ $number } ถูกส่งต่อมาให้คุณแล้ว { $name }: { $text }
staff-card-taken = ✅ { $agent } รับ #{ $number } แล้ว
btn-take = รับเรื่อง
btn-send-anyway = ส่งเลย
btn-discard = ลบทิ้ง
staff-held = ✋ ข้อความของคุณใน #{ $number } มีคำว่า: { $words } ส่งเลย หรือลบทิ้งแล้วเขียนใหม่
staff-discarded = ลบทิ้งแล้ว: ไม่มีอะไรถูกส่งออกไป
staff-sent = ✓ ส่งถึงลูกค้าของ #{ $number } แล้ว
staff-history = 📋 #{ $number } · { $name } { $vip }
    ภาษา: { $lang } · เวลาของลูกค้า: { $time } ({ $tz })
    คำขอก่อนหน้า: { $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 เพิ่มบันทึกใน #{ $number } แล้ว ลูกค้าไม่เห็นบันทึกนี้
staff-moved = ↗️ ย้าย #{ $number } ไปที่ { $queue } แล้ว
staff-transfer-ok = ↪️ ส่งต่อ #{ $number } ให้ { $agent } แล้ว
staff-resolved-ok = ✅ แก้ไข #{ $number } เรียบร้อย ลูกค้าได้รับสรุปของคุณแล้ว
staff-asked = ❓ #{ $number } กำลังรอลูกค้าตอบ หยุดนับเวลาแก้ไขไว้ชั่วคราว
staff-queue-empty = ไม่มีคำขอที่ยังไม่มีผู้รับผิดชอบในคิวของคุณ
staff-queue-header = รออยู่ในคิวของคุณ (เก่าสุดก่อนในแต่ละลำดับความสำคัญ):
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age } นาที · { $subject }
staff-mine-header = คำขอที่เปิดอยู่ของคุณ:
staff-mine-empty = คุณไม่มีคำขอที่เปิดอยู่
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = ข้อความนี้ไม่ได้เชื่อมกับคำขอใด ตอบกลับการ์ดคำขอหรือข้อความของลูกค้า หรือใช้ /r 10001 text
staff-reply-which-ticket = ข้อความนี้รวมข้อความของลูกค้าจากหลายคำขอ ({ $numbers }) โปรดระบุว่าคุณตอบคำขอใด: /r { $first } ข้อความตอบกลับ
staff-usage = วิธีใช้: { $usage }
staff-help = คำสั่งของทีมซัพพอร์ต:
    /duty on · /duty off: เริ่มหรือจบกะ
    /queue: คำขอที่รออยู่ · /mine: ของคุณ · /next: รับคำขอถัดไป · /take 10001
    ตอบกลับข้อความของลูกค้าเพื่อตอบ; /r 10001 text ใช้ได้เหมือนกัน
    /ask 10001 question: ขอรายละเอียดเพิ่ม (คำขอจะรอลูกค้า)
    /note 10001 text: บันทึกภายใน · /m code 10001: ส่งมาโคร · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    แอดมิน: /staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    ผู้แก้ไขบทความ: /kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    คุณภาพ: /my_quality คะแนนของคุณ · หัวหน้างาน: /qa, /qa_note · ผู้ดูแลระบบ ทดสอบ A/B: /experiments, /exp_new, /exp_results
staff-macros-header = มาโคร: ส่งด้วย /m code 10001 หรือตอบกลับข้อความของลูกค้าด้วย /m code
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = ตอนนี้ { $name } เป็น { $role } ใน { $queues } (จำกัด { $limit })
staff-removed = { $name } ไม่มีสิทธิ์เข้าถึงของทีมงานแล้ว
staff-list-item = { $name } · { $role } · { $queues } · จำกัด { $limit } · { $duty }
staff-duty-mark-on = อยู่ในกะ
staff-duty-mark-off = ไม่อยู่
staff-user-unknown = ยังไม่รู้จัก { $who }: ให้ผู้ใช้ส่ง /start ถึงบอตก่อน หรือใช้ Telegram ID แบบตัวเลขของผู้ใช้
macro-saved = บันทึกมาโคร { $code } ({ $lang }) แล้ว
macro-deleted = ลบมาโคร { $code } แล้ว
staff-admins-only = เฉพาะแอดมินเท่านั้นที่ทำได้
staff-low-rating = ⚠️ คำขอ #{ $number } ได้คะแนน { $csat } ⭐ และถูกเปิดอีกครั้ง: หัวหน้างานควรติดต่อลูกค้า
staff-follow-up-reopened = 🔁 ลูกค้าแจ้งว่าวิธีแก้ไขของ #{ $number } ไม่ได้ผล คำขอถูกเปิดอีกครั้งแล้ว
staff-rules-header = ระบบอัตโนมัติ (เปิด/ปิดด้วย /rule_on code หรือ /rule_off code):
staff-rule-item = { $state } <code>{ $code }</code>: { $event } → { $action }
staff-rule-saved = ระบบอัตโนมัติ { $code }: { $state }
staff-rule-on = เปิด
staff-rule-off = ปิด
digest = 📊 สรุปประจำวัน ({ $date })
    เปิดใหม่: { $opened } · แก้ไขแล้ว: { $resolved } · แก้ได้เองด้วยบทความ: { $auto }
    ยังรอคำตอบแรก: { $unanswered } · เกิน SLA: { $breached }
    CSAT: { $csat } ({ $ratings } คะแนน) · หัวข้อที่พบบ่อยที่สุด: { $topic }
attachment-added = 📎 เพิ่มลงในคำขอ #{ $number } แล้ว
staff-suggested = 📚 บทความที่อาจตอบเรื่องนี้ได้:
staff-suggested-item = • { $title } (<code>{ $slug }</code>)
kb-editors-only = เฉพาะผู้แก้ไขฐานความรู้ หัวหน้างาน และแอดมินเท่านั้นที่ทำได้
kb-draft-created = 📝 สร้างฉบับร่าง { $slug } จากคำขอ #{ $number } แล้ว ตรวจสอบก่อน แล้วส่ง /kb_publish { $slug }
kb-published = ✅ เผยแพร่บทความ { $slug } แล้ว
kb-unpublished = ⏸ บทความ { $slug } กลับเป็นฉบับร่างแล้ว
kb-saved = บันทึกบทความ { $slug } ({ $lang }) แล้ว
kb-misses-header = การค้นหาที่ไม่พบผลลัพธ์ (7 วันที่ผ่านมา):
kb-misses-item = { $count } × { $query } ({ $lang })
kb-misses-none = ทุกการค้นหาพบผลลัพธ์ใน 7 วันที่ผ่านมา
kb-report-header = บทความที่แสดงแล้วแต่แก้ปัญหาไม่ได้ (7 วันที่ผ่านมา):
kb-report-item = { $count } × { $title } (<code>{ $slug }</code>)
kb-report-none = ไม่มีบทความใดที่นำไปสู่การเปิดคำขอใน 7 วันที่ผ่านมา
staff-rule-alert = 🔔 กฎ { $rule } ทำงานกับคำขอ #{ $number } แล้ว
staff-rule-deleted = ลบกฎ { $code } แล้ว
staff-rule-bad-json = ต้องระบุกฎเป็น JSON ต่อจากรหัสของกฎ เช่น {"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
