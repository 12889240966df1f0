# การประเมินคุณภาพในบอต: หัวหน้างานใช้ /qa เจ้าหน้าที่ใช้ /my_quality

qa-sampled = 🔎 มีบทสนทนารอประเมินคุณภาพ { $count } รายการ เปิดดูได้ที่ /qa
qa-scored = 🔎 บทสนทนา #{ $number } ของคุณได้รับการประเมินแล้ว: { $score }/100 ดูคะแนนทั้งหมด: /my_quality
qa-scored-comment = 🔎 บทสนทนา #{ $number } ของคุณได้รับการประเมินแล้ว: { $score }/100
    หมายเหตุจากผู้ประเมิน: { $comment }
    ดูคะแนนทั้งหมด: /my_quality
qa-not-allowed = การประเมินคุณภาพใช้ได้เฉพาะหัวหน้างานและผู้ดูแลระบบ
qa-none = ตอนนี้ยังไม่มีบทสนทนาให้ประเมิน บทสนทนาใหม่จะมาทุกวันพร้อมสรุปประจำวัน
qa-pending = 🔎 บทสนทนาที่รอประเมิน { $count } รายการ เลือกได้เลย:
qa-btn-open = #{ $number } · { $agent }
qa-line-set = บันทึกแล้ว
qa-btn-save = 💾 บันทึกผลประเมิน
qa-saved = บันทึกแล้ว: { $score }/100 และแจ้งเจ้าหน้าที่แล้ว เพิ่มหมายเหตุได้ทุกเมื่อ: /qa_note { $id } ข้อความ
qa-noted = บันทึกหมายเหตุแล้ว ถ้าผลประเมินบันทึกไปแล้ว เจ้าหน้าที่จะเห็นทันที
qa-card-header = <b>🔎 การประเมิน { $id }</b> · คำร้อง #{ $number } · { $agent }
qa-card-findings = 🤖 การตรวจอัตโนมัติพบว่า:
qa-card-clean = 🤖 การตรวจอัตโนมัติไม่พบปัญหา
qa-card-hint = ให้คะแนนทีละข้อ (✓ ใช่, ½ บางส่วน, ✗ ไม่) แล้วกดบันทึก เพิ่มหมายเหตุ: /qa_note { $id } ข้อความ
qa-card-score = คะแนน: <b>{ $score }/100</b>
qa-item-greeting = การทักทาย
qa-item-understood = เข้าใจปัญหา
qa-item-correct = คำตอบถูกต้อง
qa-item-tone = น้ำเสียง
qa-item-next_steps = แจ้งขั้นตอนต่อไป
qa-item-summary = สรุปการแก้ไข
qa-finding-frt-over-sla = ตอบครั้งแรกหลัง { $minutes } นาที (เป้าหมาย { $target } นาที)
qa-finding-resolution-over-sla = แก้ไขเสร็จหลัง { $minutes } นาที (เป้าหมาย { $target } นาที)
qa-finding-forbidden-words = คำต้องห้ามหรือคำไม่สุภาพ: { $words }
qa-finding-personal-data-asked = ขอข้อมูลส่วนตัว: { $words }
qa-finding-no-summary = ไม่มีสรุปการแก้ไข
qa-finding-no-next-steps = ไม่ได้แจ้งลูกค้าว่าขั้นตอนต่อไปคืออะไร
qa-finding-no-greeting = คำตอบแรกไม่มีคำทักทาย
qa-finding-person-not-given = ลูกค้าขอคุยกับเจ้าหน้าที่ แต่ไม่มีใครตอบ
qa-mine-none = ยังไม่มีบทสนทนาของคุณที่ได้รับการประเมิน
qa-mine-header = <b>🔎 คะแนนคุณภาพของคุณ</b> · 30 วันล่าสุด: { $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
