# 机器人里的质检：主管用 /qa，客服用 /my_quality。

qa-sampled = 🔎 有 { $count } 个对话等待质检，点 /qa 查看。
qa-scored = 🔎 你的对话 #{ $number } 已完成质检：{ $score }/100。查看全部得分：/my_quality
qa-scored-comment = 🔎 你的对话 #{ $number } 已完成质检：{ $score }/100。
    质检备注：{ $comment }
    查看全部得分：/my_quality
qa-not-allowed = 质检仅限主管和管理员使用。
qa-none = 目前没有待质检的对话。每天会随日报送来新的对话。
qa-pending = 🔎 待质检对话 { $count } 个，请选择：
qa-btn-open = #{ $number } · { $agent }
qa-line-set = 已记录
qa-btn-save = 💾 保存评分
qa-saved = 已保存：{ $score }/100，并已通知客服。随时可以补充备注：/qa_note { $id } 内容
qa-noted = 备注已保存。如果评分已经保存，客服现在就能看到。
qa-card-header = <b>🔎 质检 { $id }</b> · 工单 #{ $number } · { $agent }
qa-card-findings = 🤖 自动检查发现：
qa-card-clean = 🤖 自动检查未发现问题。
qa-card-hint = 逐项打分（✓ 是，½ 部分，✗ 否），然后保存。备注：/qa_note { $id } 内容
qa-card-score = 得分：<b>{ $score }/100</b>
qa-item-greeting = 问候
qa-item-understood = 理解问题
qa-item-correct = 答案正确
qa-item-tone = 语气
qa-item-next_steps = 说明后续步骤
qa-item-summary = 处理总结
qa-finding-frt-over-sla = 首次回复用了 { $minutes } 分钟（目标 { $target } 分钟）
qa-finding-resolution-over-sla = 解决用了 { $minutes } 分钟（目标 { $target } 分钟）
qa-finding-forbidden-words = 禁用词或不礼貌用语：{ $words }
qa-finding-personal-data-asked = 索要了个人信息：{ $words }
qa-finding-no-summary = 没有处理总结
qa-finding-no-next-steps = 没有告诉客户后续步骤
qa-finding-no-greeting = 首次回复没有问候
qa-finding-person-not-given = 客户要求转人工，但没有人回复
qa-mine-none = 你的对话还没有被质检过。
qa-mine-header = <b>🔎 我的质检得分</b> · 近 30 天：{ $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
