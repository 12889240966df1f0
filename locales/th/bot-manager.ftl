# โต๊ะหัวหน้าทีมในบอท: /board, ตัวชี้วัดหลักในสรุปประจำวัน, รายงานประจำสัปดาห์

manager-not-allowed = กระดานและตัวชี้วัดสำหรับหัวหน้าทีม นักวิเคราะห์ และผู้ดูแลระบบเท่านั้น
manager-open = โต๊ะหัวหน้าทีม: คิวแบบสด ตัวชี้วัด และเจ้าหน้าที่
manager-open-board = 📋 เปิดกระดาน
manager-open-numbers = 📈 เปิดตัวชี้วัด
manager-board-title = <b>📋 กระดานสด</b>
manager-board-queue = <b>{ $queue }</b>: รอตอบ { $waiting } (นานสุด { $oldest } นาที) · เสี่ยงเกินเวลา { $risk } · เกิน SLA { $breached }
manager-board-agents = เข้ากะอยู่: { $count } คน
manager-board-agent = • { $name }: { $load } จาก { $limit }
digest-numbers = 📊 ตัวชี้วัดหลัก 24 ชม. ล่าสุด (เทียบกับ 24 ชม. ก่อนหน้า)
    คำขอ: { $volume } ({ $volumeChange })
    ตอบครั้งแรก (มัธยฐาน): { $frt } นาที ({ $frtChange }) · P90: { $frt90 } นาที
    ทันตาม SLA: { $sla } ({ $slaChange }) · CSAT: { $csat } ({ $csatChange })
    แก้ได้ในการติดต่อครั้งแรก: { $fcr } ({ $fcrChange })
    ติดต่อซ้ำ: { $repeat } · บอทส่งต่อให้เจ้าหน้าที่: { $handoff }
weekly-reasons = 📈 รายงานประจำสัปดาห์ { $from } – { $to }: ลูกค้าติดต่อมาเรื่องอะไร ({ $total } คำขอ เทียบกับสัปดาห์ก่อน)
    1. { $topic1 ->
        [payment] การชำระเงิน
        [account] บัญชี
        [feature] วิธีใช้งาน / ฟีเจอร์
        [complaint] ร้องเรียน
        [idea] ข้อเสนอแนะ
        [none] —
       *[other] อื่น ๆ
    }: { $count1 } ({ $change1 })
    2. { $topic2 ->
        [payment] การชำระเงิน
        [account] บัญชี
        [feature] วิธีใช้งาน / ฟีเจอร์
        [complaint] ร้องเรียน
        [idea] ข้อเสนอแนะ
        [none] —
       *[other] อื่น ๆ
    }: { $count2 } ({ $change2 })
    3. { $topic3 ->
        [payment] การชำระเงิน
        [account] บัญชี
        [feature] วิธีใช้งาน / ฟีเจอร์
        [complaint] ร้องเรียน
        [idea] ข้อเสนอแนะ
        [none] —
       *[other] อื่น ๆ
    }: { $count3 } ({ $change3 })
    เหตุผลหลักที่บอทส่งต่อให้เจ้าหน้าที่: { $handoff ->
        [security] คำที่เกี่ยวกับความปลอดภัย
        [payment] คำที่เกี่ยวกับการชำระเงิน
        [operator] ขอคุยกับเจ้าหน้าที่
        [unmatched] บอทไม่เข้าใจคำถาม
       *[none] —
    } ({ $handoffCount })
digest-with-chart =
    { digest }
    📈 กราฟแสดงจำนวนคำขอใหม่ในแต่ละวันตลอดสองสัปดาห์ที่ผ่านมา
digest-community = 👥 ชุมชน 24 ชม. ล่าสุด
    ข้อความในกลุ่มที่ตรวจแล้ว: { $messages } · สแปม: { $spam } ({ $spamShare }, { $spamChange }) · ถูกพักไว้ตามกฎสมาชิกใหม่: { $blocked }
    แคปช่า: เริ่มทำ { $captchaStarted } คน ผ่าน { $captchaPass }
    คำถามในกลุ่ม: { $questions } · กลายเป็นคำขอ: { $turned } · สมาชิกแจ้งรายงาน: { $reports }
manager-menu-button = หน้าทีมงาน
