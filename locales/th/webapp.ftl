# ข้อความของ Telegram Mini App (webapp/) ภาษาไทย
# ข้อความที่ไม่มีในไฟล์นี้จะใช้จากไฟล์ภาษาอังกฤษ
# ภาษาไทยมีหมวดพหูพจน์ CLDR เพียง other จึงไม่ต้องแยกรูปตามจำนวน

app-title = ฝ่ายบริการลูกค้า
app-loading = กำลังโหลด…
app-skip = ข้ามไปยังเนื้อหา

## การนำทาง

nav-label = ส่วนต่าง ๆ
nav-tickets = คำขอของฉัน
nav-new = คำขอใหม่
nav-kb = ช่วยเหลือ
nav-settings = การตั้งค่า

## คำขอของฉัน

# $name — ชื่อของผู้ใช้ใน Telegram
home-greeting = สวัสดี คุณ{ $name }!
tickets-title = คำขอของฉัน
tickets-new = คำขอใหม่
tickets-filters = แสดงคำขอ
filter-open = กำลังดำเนินการ
filter-waiting = รอฉันตอบ
filter-resolved = แก้ไขแล้ว
filter-all = ทั้งหมด
tickets-empty-open = ไม่มีคำขอที่กำลังดำเนินการ
tickets-empty-waiting = ไม่มีคำขอที่รอคำตอบจากคุณ
tickets-empty-resolved = ยังไม่มีคำขอที่แก้ไขแล้ว
tickets-empty-all = คุณยังไม่มีคำขอ
tickets-empty-hint = มีอะไรใช้งานไม่ได้หรือเปล่า? บอกเรา แล้วเราจะช่วย
# $number — หมายเลขคำขอ เช่น 10001
ticket-number = #{ $number }
# $count — จำนวนข้อความจากเจ้าหน้าที่ที่ยังไม่ได้อ่าน
ticket-unread = คำตอบใหม่ { $count } รายการ
# $date — วันที่และเวลาตามเขตเวลาของลูกค้า
ticket-updated = อัปเดตเมื่อ { $date }
ticket-created = เปิดเมื่อ { $date }
ticket-deadline = แก้ไขภายใน { $date }
ticket-waiting-for-you = เรากำลังรอคำตอบจากคุณ

## สถานะและหัวข้อ

status-new = ใหม่
status-in_progress = กำลังดำเนินการ
status-waiting_customer = รอคุณตอบ
status-resolved = แก้ไขแล้ว
status-closed = ปิดแล้ว

topic-payment = การชำระเงิน
topic-account = บัญชี
topic-feature = วิธีใช้ / ฟีเจอร์
topic-complaint = ร้องเรียน
topic-idea = ไอเดีย
topic-other = อื่น ๆ

## เวลาตอบกลับโดยประมาณ

# $minutes — จำนวนนาทีจนถึงคำตอบที่คาดไว้
eta-minutes = จะตอบกลับในอีกประมาณ { $minutes } นาที
# $hours — จำนวนชั่วโมงจนถึงคำตอบที่คาดไว้
eta-hours = จะตอบกลับในอีกประมาณ { $hours } ชั่วโมง
eta-any-minute = คำตอบจะมาถึงในอีกไม่ช้า

## หน้าคำขอ

ticket-title = คำขอ #{ $number }
ticket-add-details = เพิ่มรายละเอียด
ticket-summary = สิ่งที่ดำเนินการแล้ว
ticket-conversation = บทสนทนา
ticket-no-messages = ยังไม่มีข้อความ
ticket-back-to-list = กลับไปที่คำขอของฉัน
msg-you = คุณ
msg-support = ฝ่ายบริการลูกค้า
msg-bot = บอตบริการลูกค้า
msg-system = ประกาศ
msg-edited = แก้ไขแล้ว

attachment-kind-photo = รูปภาพ
attachment-kind-document = เอกสาร
attachment-kind-video = วิดีโอ
attachment-kind-audio = ไฟล์เสียง
attachment-kind-voice = ข้อความเสียง
attachment-kind-animation = ภาพเคลื่อนไหว
attachment-kind-video_note = ข้อความวิดีโอ
attachment-kind-sticker = สติกเกอร์
# $kind — ประเภทไฟล์; $author — ผู้ส่ง
attachment-alt = { $kind } จาก { $author }
# $name — ชื่อไฟล์; $author — ผู้ส่ง
attachment-alt-named = { $name } จาก { $author }
attachment-open = เปิด { $name }
attachment-unavailable = ไม่สามารถโหลดไฟล์นี้ได้ในขณะนี้

reply-label = ข้อความของคุณ
reply-placeholder = เขียนถึงฝ่ายบริการลูกค้า…
reply-reopens = การส่งข้อความที่นี่จะเปิดคำขออีกครั้ง
reply-send = ส่ง
reply-sending = กำลังส่ง…

rate-title = บริการของเราเป็นอย่างไรบ้าง?
rate-hint = ให้คะแนนความช่วยเหลือที่ได้รับ 1 ถึง 5 ดาว
# $csat — คะแนน 1 ถึง 5
rate-value = { $csat } ดาวจาก 5
rate-thanks = ขอบคุณ! คุณให้คะแนน { $csat } จาก 5
rate-current = คะแนนของคุณ: { $csat } จาก 5 คุณเปลี่ยนได้

## คำขอใหม่

new-title = คำขอใหม่
new-subtitle = อธิบายปัญหา แล้วเราจะตอบกลับที่นี่และในแชท
new-topic = หัวข้อ
new-topic-choose = เลือกหัวข้อ…
new-topic-hint = เลือกหัวข้อที่ใกล้เคียงที่สุด เพื่อให้เราส่งต่อถึงคนที่เหมาะสม
new-topic-hint-payment = ระบุวันที่และจำนวนเงิน ห้ามส่งหมายเลขบัตรเต็มหรือรหัส CVC
new-topic-hint-account = บอกเราว่าคุณลองทำอะไรไปแล้วและเห็นอะไรบนหน้าจอ ห้ามส่งรหัสผ่านหรือรหัสเข้าสู่ระบบ
new-topic-hint-feature = บอกเราว่าคุณต้องการทำอะไรและติดขัดตรงไหน
new-topic-hint-complaint = บอกเราว่าเกิดอะไรขึ้นและเราจะแก้ไขได้อย่างไร
new-topic-hint-idea = เล่าไอเดียของคุณและประโยชน์ที่จะได้รับ
new-topic-hint-other = บอกทุกอย่างที่เราควรรู้
new-description = รายละเอียด
new-description-placeholder = เกิดอะไรขึ้น? คุณคาดหวังอะไร?
new-description-hint = ระบุขั้นตอน ข้อความแสดงข้อผิดพลาด และเวลาที่ปัญหาเริ่มเกิด
# $count — จำนวนตัวอักษรที่พิมพ์; $max — จำนวนสูงสุด
new-counter = { $count } / { $max }
new-kb-title = บทความเหล่านี้อาจช่วยแก้ปัญหาได้
new-kb-solved = แก้ปัญหาได้ไหม? อ่านบทความ
new-submit = ส่งคำขอ
new-submitting = กำลังส่ง…
new-consent-title = เราต้องได้รับความยินยอมจากคุณก่อน
new-consent-text = ในการเปิดคำขอ เราต้องจัดเก็บบทสนทนาของคุณกับฝ่ายบริการลูกค้า
new-consent-agree = ยินยอม
new-consent-later = คุณถอนความยินยอมได้ทุกเมื่อในการตั้งค่า หัวข้อความเป็นส่วนตัว
new-consent-thanks = ขอบคุณ ตอนนี้คุณส่งคำขอได้แล้ว

## ข้อผิดพลาดของแบบฟอร์ม

form-error-topic = โปรดเลือกหัวข้อ
# $min — จำนวนตัวอักษรขั้นต่ำ
form-error-too-short = โปรดอธิบายปัญหาอย่างน้อย { $min } ตัวอักษร
# $max — จำนวนตัวอักษรสูงสุด
form-error-too-long = โปรดเขียนไม่เกิน { $max } ตัวอักษร
form-error-empty-text = โปรดเขียนข้อความก่อน
form-error-empty-description = โปรดอธิบายปัญหา

## ฐานความรู้

kb-title = ศูนย์ช่วยเหลือ
kb-subtitle = คำตอบสั้น ๆ สำหรับคำถามที่พบบ่อย
kb-search-label = ค้นหาในศูนย์ช่วยเหลือ
kb-search-placeholder = เช่น บัตรถูกปฏิเสธ
kb-search-button = ค้นหา
# $count — จำนวนบทความที่พบ
kb-results =
    { $count ->
        [0] ไม่พบผลลัพธ์
       *[other] พบ { $count } บทความ
    }
kb-no-results = ไม่พบสิ่งที่ค้นหา ลองใช้คำอื่น หรือสอบถามเราโดยตรง
kb-categories = หมวดหมู่
kb-category-all = ทั้งหมด
kb-category-account = บัญชี
kb-category-how-to = วิธีใช้
kb-category-payments = การชำระเงิน
kb-category-security = ความปลอดภัย
kb-category-subscriptions = การสมัครสมาชิก
kb-category-technical = ปัญหาทางเทคนิค
kb-category-refunds = การคืนเงิน
kb-category-privacy = ความเป็นส่วนตัว
kb-popular = วิธีแก้ปัญหายอดนิยม
kb-still-need-help = ยังต้องการความช่วยเหลือใช่ไหม?
kb-ask-support = สร้างคำขอ
article-back = กลับไปที่ศูนย์ช่วยเหลือ
article-helpful = บทความนี้มีประโยชน์ไหม?
article-helpful-yes = มีประโยชน์
article-helpful-no = ไม่มีประโยชน์
article-thanks-yes = ยอดเยี่ยม! ขอบคุณที่บอกเรา
article-thanks-no = ขออภัยที่บทความไม่ช่วยแก้ปัญหา ทีมของเราจะช่วยดูแลให้

## การตั้งค่า

settings-title = การตั้งค่า
settings-language = ภาษาและเวลา
settings-language-label = ภาษา
settings-timezone = เขตเวลา
settings-timezone-suggested = แนะนำ
settings-timezone-all = เขตเวลาทั้งหมด
settings-timezone-hint = เวลาและช่วงเวลาเงียบจะแสดงตามเขตเวลานี้
# $zone — เขตเวลาของอุปกรณ์ เช่น Asia/Bangkok
settings-timezone-device = อุปกรณ์ของคุณตั้งเขตเวลาเป็น { $zone }
settings-timezone-use-device = ใช้เขตเวลานี้
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = ตอนนี้เวลาจะแสดงตามเขตเวลาของคุณ ({ $zone })
zone-change = เปลี่ยน
zone-ok = ตกลง
settings-notifications = การแจ้งเตือน
settings-notifications-label = อัปเดตคำขอในแชท
settings-notifications-hint = คำตอบจากเจ้าหน้าที่และการเปลี่ยนสถานะ
settings-quiet = ช่วงเวลาเงียบ
settings-quiet-hint = เราจะเลื่อนข้อความที่ไม่เร่งด่วนในช่วงเวลานี้
settings-quiet-default = ยังไม่ได้ตั้ง: ใช้ช่วงเวลาเงียบเริ่มต้นของฝ่ายบริการลูกค้า
settings-quiet-from = ตั้งแต่
settings-quiet-to = ถึง
settings-quiet-save = บันทึกช่วงเวลาเงียบ
settings-quiet-clear = ใช้ค่าเริ่มต้น
settings-quiet-both = โปรดตั้งเวลาทั้งสองช่อง หรือล้างทั้งสองช่อง
settings-quiet-same = เวลาเริ่มและเวลาสิ้นสุดต้องไม่เหมือนกัน
settings-display = การแสดงผล
settings-large-text = ตัวอักษรขนาดใหญ่
settings-large-text-hint = ขยายตัวอักษรทั้งหมดบนอุปกรณ์นี้
settings-high-contrast = คอนทราสต์สูง
settings-high-contrast-hint = สีและเส้นขอบชัดเจนขึ้น
settings-privacy = ความเป็นส่วนตัว
# $date — วันที่ลูกค้าให้ความยินยอม
settings-consent-given = คุณยินยอมให้จัดเก็บบทสนทนาเมื่อ { $date }
settings-consent-missing = คุณยังไม่ได้ยินยอมให้จัดเก็บบทสนทนา จึงยังเปิดคำขอไม่ได้
settings-consent-label = จัดเก็บบทสนทนาของฉันกับฝ่ายบริการลูกค้า
settings-consent-hint = จำเป็นสำหรับการเปิดคำขอ หากปิดจะสร้างคำขอใหม่ไม่ได้
settings-export = ส่งออกข้อมูลของฉัน
settings-export-hint = ดาวน์โหลดข้อมูลทั้งหมดที่เราเก็บเกี่ยวกับคุณเป็นไฟล์ JSON
settings-exporting = กำลังเตรียมไฟล์…
settings-exported = ดาวน์โหลดข้อมูลของคุณแล้ว
settings-delete = ลบข้อมูลของฉัน
settings-delete-confirm-title = ลบข้อมูลทั้งหมดของคุณใช่ไหม?
settings-delete-confirm-text = คำขอ ข้อความ คะแนน และการตั้งค่าของคุณจะถูกลบ และไม่สามารถกู้คืนได้
settings-delete-confirm = ใช่ ลบทั้งหมด
settings-delete-cancel = ยกเลิก
settings-deleting = กำลังลบ…
settings-saving = กำลังบันทึก…
settings-saved = บันทึกแล้ว

## ลาก่อน (หลังการลบ)

goodbye-title = ลบข้อมูลของคุณแล้ว
goodbye-text = เราได้ลบคำขอ ข้อความ และการตั้งค่าของคุณแล้ว
goodbye-return = หากคุณส่งข้อความถึงบอตอีกครั้ง ทุกอย่างจะเริ่มต้นใหม่
goodbye-close = ปิด

## ข้อผิดพลาด

error-open-from-bot-title = โปรดเปิดหน้านี้จากบอต
error-open-from-bot = หน้านี้ใช้งานได้ใน Telegram เท่านั้น โปรดเปิดด้วยปุ่มในบอตบริการลูกค้าของเรา
error-dev-hint = สำหรับนักพัฒนา: หากเซิร์ฟเวอร์ทำงานด้วย DEV_LOGIN=true (ไม่ใช่ในระบบจริง) เข้าสู่ระบบเป็นผู้ใช้ทดสอบได้ที่
# $bot — the bot's @username.
outside-open-bot = เปิด { $bot } ใน Telegram
outside-qr-label = คิวอาร์โค้ดสำหรับเปิด { $bot } ใน Telegram
outside-qr-hint = ใช้คอมพิวเตอร์อยู่ใช่ไหม สแกนโค้ดนี้ด้วยกล้องโทรศัพท์ของคุณ
error-unauthorized-title = ไม่สามารถยืนยันเซสชัน Telegram ของคุณได้
error-unauthorized = โปรดปิดหน้านี้แล้วเปิดใหม่จากบอต
error-generic-title = เกิดข้อผิดพลาด
error-generic = ไม่สามารถโหลดโปรไฟล์ของคุณได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
# $reason — คำอธิบายทางเทคนิคจากเซิร์ฟเวอร์ (ไม่แปล)
error-reason = รายละเอียด: { $reason }
error-retry = ลองอีกครั้ง
error-network = เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง
error-not-found-title = ไม่พบ
error-not-found = ไม่พบสิ่งที่คุณต้องการ อาจถูกลบไปแล้ว
error-page-not-found = ไม่มีหน้านี้
error-too-many = ลองหลายครั้งเกินไป โปรดรอสักครู่
error-failed = ดำเนินการไม่สำเร็จ: { $reason }

# Attachments (Mini App uploads)
new-file = ภาพหน้าจอหรือไฟล์ (ไม่บังคับ)
attach-choose = เลือกภาพหน้าจอหรือไฟล์
attach-file = แนบไฟล์
attach-replace = เลือกไฟล์อื่น
attach-hint = รูปภาพ (JPEG, PNG, WebP, GIF) หรือเอกสาร (PDF, TXT, CSV, ZIP, DOCX, XLSX) ขนาดไม่เกิน { $max } MB
attach-preview-alt = ตัวอย่างของ { $name }
attach-remove = ลบ
attach-too-large = “{ $name }” มีขนาดเกิน { $max } MB โปรดเลือกไฟล์ที่เล็กกว่านี้
attach-wrong-type = ไม่สามารถแนบ “{ $name }” ได้ โปรดเลือกรูปภาพ (JPEG, PNG, WebP, GIF) หรือไฟล์ PDF, TXT, CSV, ZIP, DOCX หรือ XLSX
attach-empty = “{ $name }” เป็นไฟล์ว่าง
attach-uploading = กำลังอัปโหลดไฟล์…
attach-send = ส่งไฟล์
attach-caption-too-long = เมื่อแนบไฟล์ ข้อความต้องยาวไม่เกิน { $max } ตัวอักษร
attach-failed-title = ไม่ได้เพิ่มไฟล์
attach-failed-text = เปิดคำขอแล้ว แต่ “{ $name }” อัปโหลดไม่สำเร็จ ลองอีกครั้งด้วยปุ่ม “แนบไฟล์” ด้านล่าง
attach-failed-dismiss = ตกลง

## โต๊ะหัวหน้าทีม (หน้าสำหรับทีมซัพพอร์ต: /staff/board, /staff/numbers, /staff/agents)

staff-nav = โต๊ะหัวหน้าทีม
staff-nav-board = กระดานสด
staff-nav-numbers = ตัวชี้วัด
staff-nav-agents = เจ้าหน้าที่
staff-forbidden-title = สำหรับทีมซัพพอร์ตเท่านั้น
staff-forbidden = หน้านี้สำหรับทีมซัพพอร์ต บทบาทของคุณไม่มีสิทธิ์เข้าถึง
staff-board-title = กระดานสด
staff-live = ● สด
staff-reconnecting = กำลังเชื่อมต่อใหม่…
staff-queues = คิว
staff-queue = คิว
staff-waiting = รอตอบ
staff-oldest-wait = รอนานที่สุด
staff-at-risk = เสี่ยงเกินเวลา
staff-breached = เกิน SLA
staff-on-duty = เข้ากะอยู่
staff-nobody-on-duty = ตอนนี้ไม่มีใครเข้ากะ
staff-load-of = งานในมือของ { $name }
staff-load = { $load } จาก { $limit }
staff-needs-eye = คำขอที่ต้องดูแล
staff-all-calm = ไม่มีคำขอที่เปิดอยู่ ทุกอย่างเรียบร้อย
staff-state-breached = เกิน SLA
staff-state-at-risk = เสี่ยงเกินเวลา
staff-state-waiting = รอตอบ
staff-state-ok = ตามเวลา
staff-ticket-line = { $queue } · { $assignee } · รอมา { $wait }
staff-unassigned = ยังไม่มีผู้รับผิดชอบ
staff-assign = มอบหมายให้…
staff-assign-to = มอบหมายคำขอ #{ $number } ให้
staff-assigned = คำขอ #{ $number } อยู่กับ { $name } แล้ว
staff-move = ย้ายไป…
staff-move-to = ย้ายคำขอ #{ $number } ไปคิว
staff-moved = ย้ายคำขอ #{ $number } ไปที่ { $queue } แล้ว
staff-action-failed = ทำไม่สำเร็จ: { $reason }
staff-csv = CSV
staff-numbers-title = ตัวชี้วัด
staff-agents-title = เจ้าหน้าที่
staff-agent = เจ้าหน้าที่
staff-period = ช่วงเวลา
staff-period-today = วันนี้
staff-period-7d = 7 วัน
staff-period-30d = 30 วัน
staff-period-custom = กำหนดเอง
staff-from = ตั้งแต่
staff-to = ถึง
staff-split = แยกตาม
staff-split-none = ไม่แยก
staff-split-queue = คิว
staff-split-topic = หัวข้อ
staff-split-language = ภาษา
staff-split-agent = เจ้าหน้าที่
staff-split-channel = ช่องทาง
staff-headline = ตัวชี้วัดหลัก
staff-chart-of = กราฟ
staff-figure-volume = คำขอ
staff-figure-frtP50 = ตอบครั้งแรก (มัธยฐาน)
staff-figure-frtP90 = ตอบครั้งแรก (P90)
staff-figure-resolutionP50 = แก้ไขเสร็จ (มัธยฐาน)
staff-figure-resolutionP90 = แก้ไขเสร็จ (P90)
staff-figure-slaMet = ทันตาม SLA
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = แก้ได้ในการติดต่อครั้งแรก
staff-figure-repeatRate = ติดต่อซ้ำ (7 วัน)
staff-figure-reopenRate = ถูกเปิดใหม่
staff-figure-handoffRate = บอทส่งต่อให้เจ้าหน้าที่
staff-figure-selfService = แก้ได้ด้วยตัวเอง
staff-response-rates = ตอบคำถาม CSAT: { $csat } · ตอบคำถาม NPS: { $nps }
staff-change-none = ไม่มีข้อมูลเทียบ
staff-change-better = ดีขึ้น { $change } จากช่วงก่อน
staff-change-worse = แย่ลง { $change } จากช่วงก่อน
staff-handoff-reasons = เหตุผลที่บอทส่งต่อให้เจ้าหน้าที่
staff-heatmap = คำขอเข้าตามวันและชั่วโมง
staff-heatmap-peak = ช่วงที่หนาแน่นที่สุด: { $day } { $hour }:00 น. จำนวน { $count } คำขอ
staff-community = กลุ่มซัพพอร์ต
staff-figure-spamShare = สัดส่วนสแปมในกลุ่ม
staff-figure-groupMessages = ข้อความในกลุ่มที่ตรวจแล้ว
staff-figure-captchaPassRate = ผ่านแคปช่า
staff-figure-groupQuestions = คำถามในกลุ่มที่กลายเป็นคำขอ
staff-community-detail = สแปม { $spam } · ถูกพักไว้ตามกฎสมาชิกใหม่ { $blocked } · สมาชิกแจ้งรายงาน { $reports } เป้าหมายคือสแปมต่ำกว่า 0.5%
staff-weekday-1 = จ.
staff-weekday-2 = อ.
staff-weekday-3 = พ.
staff-weekday-4 = พฤ.
staff-weekday-5 = ศ.
staff-weekday-6 = ส.
staff-weekday-7 = อา.
staff-seconds = { $n } วิ
staff-minutes = { $n } นาที
staff-hours = { $n } ชม.
staff-days = { $n } วัน

## การประเมินคุณภาพและการทดลอง (webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx)
staff-nav-quality = คุณภาพ
staff-nav-experiments = การทดลอง
staff-qa-title = คุณภาพบทสนทนา
staff-qa-pending = รอประเมิน
staff-qa-none = ตอนนี้ยังไม่มีบทสนทนาให้ประเมิน
staff-qa-clean = การตรวจอัตโนมัติไม่พบปัญหา
staff-qa-finding-frt-over-sla = ตอบครั้งแรกหลัง { $minutes } นาที (เป้าหมาย { $target } นาที)
staff-qa-finding-resolution-over-sla = แก้ไขเสร็จหลัง { $minutes } นาที (เป้าหมาย { $target } นาที)
staff-qa-finding-forbidden-words = คำต้องห้ามหรือคำไม่สุภาพ: { $words }
staff-qa-finding-personal-data-asked = ขอข้อมูลส่วนตัว: { $words }
staff-qa-finding-no-summary = ไม่มีสรุปการแก้ไข
staff-qa-finding-no-next-steps = ไม่ได้แจ้งลูกค้าว่าขั้นตอนต่อไปคืออะไร
staff-qa-finding-no-greeting = คำตอบแรกไม่มีคำทักทาย
staff-qa-finding-person-not-given = ลูกค้าขอคุยกับเจ้าหน้าที่ แต่ไม่มีใครตอบ
staff-qa-line-greeting = การทักทาย
staff-qa-line-understood = เข้าใจปัญหา
staff-qa-line-correct = คำตอบถูกต้อง
staff-qa-line-tone = น้ำเสียง
staff-qa-line-next_steps = แจ้งขั้นตอนต่อไป
staff-qa-line-summary = สรุปการแก้ไข
staff-qa-mark-2 = ใช่
staff-qa-mark-1 = บางส่วน
staff-qa-mark-0 = ไม่
staff-qa-comment = หมายเหตุถึงเจ้าหน้าที่ (ไม่บังคับ)
staff-qa-save = บันทึกผลประเมิน
staff-qa-trend = คุณภาพรายสัปดาห์ของเจ้าหน้าที่แต่ละคน
staff-qa-cell = { $average } ({ $reviews })
staff-qa-mine = คะแนนของฉัน
staff-qa-mine-none = ยังไม่มีบทสนทนาของคุณที่ได้รับการประเมิน
staff-qa-mine-average = 30 วันล่าสุด: { $average }/100
staff-exp-title = การทดลอง
staff-exp-about = ลองใช้ข้อความใหม่ของบอตกับลูกค้าบางส่วน แล้วตัดสินจากตัวเลขงานซัพพอร์ต คำเตือนเรื่องความปลอดภัยและการชำระเงินจะไม่ถูกนำมาทดลอง
staff-exp-status-draft = ฉบับร่าง
staff-exp-status-running = กำลังทดลอง
staff-exp-status-stopped = หยุดแล้ว
staff-exp-status-shipped = ใช้จริงแล้ว
staff-exp-metric-self-service = สัดส่วนที่แก้ปัญหาได้เอง
staff-exp-metric-csat = ลูกค้าที่พอใจ (CSAT 4–5)
staff-exp-metric-frt = เวลาตอบครั้งแรก (นาที)
staff-exp-metric-intake-drop-off = ลูกค้าที่ออกไประหว่างการรับเรื่อง
staff-exp-metric-repeat-contacts = ติดต่อซ้ำภายใน 7 วัน
staff-exp-verdict-better = แบบ { $variant } ดีกว่า { $control } ด้วยความมั่นใจ 95%
staff-exp-verdict-worse = แบบ { $variant } แย่กว่า { $control } ด้วยความมั่นใจ 95%
staff-exp-verdict-no-difference = { $variant } กับ { $control } ไม่ต่างกันจริง
staff-exp-verdict-more = ข้อมูลยังไม่พอ ต้องมีลูกค้าเพิ่มอีกประมาณ { $count } คน
staff-exp-variant = แบบ
staff-exp-customers = ลูกค้า
staff-exp-value = ผลลัพธ์
staff-exp-range = ช่วง 95%
staff-exp-start = เริ่ม
staff-exp-stop = หยุด
staff-exp-ship = ใช้แบบ { $variant }
staff-exp-new = การทดลองใหม่
staff-exp-code = ชื่อสั้น (อักษรละติน ตัวเลข -)
staff-exp-target = ข้อความหรือทางเลือกในขั้นตอนที่จะทดลอง
staff-exp-metric = ตัดสินจาก
staff-exp-share = สัดส่วนลูกค้าในการทดลอง (%)
staff-exp-language = ภาษาของข้อความใหม่
staff-exp-variant-b = แบบ B
staff-exp-create = สร้างเป็นฉบับร่าง
