# เมนูสำหรับทีมงาน (@grammyjs/menu): /staff, /queues, /rules และการยืนยันคำตอบที่ถูกพักไว้
menu-outdated = เมนูนี้เปลี่ยนไปแล้วหลังจากส่งมา นี่คือสถานะล่าสุด กรุณากดอีกครั้ง
menu-back = « ย้อนกลับ
menu-role-agent = เจ้าหน้าที่
menu-role-supervisor = หัวหน้างาน
menu-role-admin = แอดมิน
menu-role-editor = บรรณาธิการ
menu-role-moderator = ผู้ดูแลกลุ่ม
menu-role-analyst = นักวิเคราะห์
staff-menu-hint = แตะชื่อทีมงานเพื่อเปลี่ยนบทบาทหรือคิว หรือเพื่อนำออกจากทีม
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    คิว: { $queues } · รับได้สูงสุด { $limit }
    แตะบทบาทหรือคิวเพื่อเปลี่ยน
staff-menu-remove = นำออกจากทีม
staff-menu-remove-confirm = ใช่ นำ { $name } ออก
queues-menu-hint = แตะคิวเพื่อหยุดชั่วคราวหรือเปิดใหม่ ทิกเก็ตใหม่ของคิวที่หยุดไว้จะไปที่ L1
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name } (หยุดชั่วคราว)
queues-menu-now-paused = หยุดคิว { $code } ชั่วคราวแล้ว ทิกเก็ตใหม่จะไปที่ L1 จนกว่าคุณจะเปิดคิวอีกครั้ง
queues-menu-now-active = คิว { $code } กลับมารับทิกเก็ตแล้ว
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 ลบ
rules-menu-delete-confirm = ใช่ ลบ { $code }
