# การทดสอบ A/B ข้อความของบอต: ผู้ดูแลระบบจัดการได้จากบอต (/experiments) หรือหน้าเว็บของทีม

exp-not-allowed = การทดลองใช้ได้เฉพาะผู้ดูแลระบบ
exp-list-empty = ยังไม่มีการทดลอง สร้างได้ด้วย /exp_new
exp-list-header = <b>🧪 การทดลอง</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · ลูกค้า { $share }%
exp-new-usage = สร้างการทดลองแบบนี้:
    /exp_new short-help message help-text self-service 50
    B en: ข้อความภาษาอังกฤษ
    B th: ข้อความภาษาไทย
    A คือข้อความที่ใช้อยู่ตอนนี้ ตัวชี้วัดเลือกได้จาก self-service, csat, frt, intake-drop-off, repeat-contacts ส่วน 50 คือสัดส่วนลูกค้าที่เข้าร่วมการทดลอง
    ถ้าจะทดลองทางเลือกในขั้นตอน: /exp_new rating-later flow rating-timing csat 30 แล้วตามด้วยบรรทัด "A on-resolve" และ "B next-day" ทางเลือกในขั้นตอนที่ทดลองได้ตอนนี้: { $flows }
exp-defined = การทดลอง { $code } พร้อมแล้ว มี { $variants } แบบ เริ่มได้ด้วย /exp_start { $code }
exp-started = การทดลอง { $code } กำลังทำงานกับลูกค้า { $share }% ดูผล: /exp_results { $code }
exp-stopped = หยุดการทดลอง { $code } แล้ว ทุกคนจะเห็นข้อความเดิม
exp-shipped = ตอนนี้แบบ { $variant } ของ { $code } เป็นข้อความ <b>{ $target }</b> สำหรับลูกค้าทุกคนแล้ว
exp-refused-flow-not-wired = ยังไม่มีขั้นตอนไหนใช้ "{ $target }" การทดลองนี้จึงไม่เปลี่ยนอะไรให้ลูกค้า และผลที่ได้ก็เป็นแค่ความบังเอิญ ทางเลือกที่ทดลองได้: { $wired }
exp-refused-target-busy = การทดลอง { $code } กำลังทดสอบ "{ $target }" อยู่แล้ว หยุดหรือนำแบบที่ชนะไปใช้ก่อน แล้วค่อยเริ่มการทดลองนี้
exp-status-draft = ฉบับร่าง
exp-status-running = กำลังทดลอง
exp-status-stopped = หยุดแล้ว
exp-status-shipped = ใช้จริงแล้ว
exp-metric-self-service = สัดส่วนที่แก้ปัญหาได้เอง
exp-metric-csat = ลูกค้าที่พอใจ (CSAT 4–5)
exp-metric-frt = เวลาตอบครั้งแรก (นาที)
exp-metric-intake-drop-off = ลูกค้าที่ออกไประหว่างการรับเรื่อง
exp-metric-repeat-contacts = ติดต่อซ้ำภายใน 7 วัน
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }: { $value } จากลูกค้า { $customers } คน (ช่วง 95% { $low }–{ $high })
exp-result-minutes = { $variant }: { $value } นาที ลูกค้า { $customers } คน (ช่วง 95% { $low }–{ $high })
exp-verdict-better = ✅ แบบ { $variant } ดีกว่า { $control } ด้วยความมั่นใจ 95%
exp-verdict-worse = ❌ แบบ { $variant } แย่กว่า { $control } ด้วยความมั่นใจ 95%
exp-verdict-no-difference = ➖ { $variant } กับ { $control } ไม่ต่างกันจริง เลือกแบบที่อ่านง่ายกว่าได้เลย
exp-verdict-more = ⏳ ข้อมูลยังไม่พอ ต้องมีลูกค้าเพิ่มอีกประมาณ { $count } คน
exp-btn-ship = 🚀 ใช้แบบ { $variant }
exp-btn-stop = ⏹ หยุด
