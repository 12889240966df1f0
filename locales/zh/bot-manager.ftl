# 机器人中的主管工作台：/board、每日摘要中的核心指标、每周报告。

manager-not-allowed = 看板和数据指标仅对主管、分析师和管理员开放。
manager-open = 主管工作台：实时队列、数据指标和客服人员。
manager-open-board = 📋 打开看板
manager-open-numbers = 📈 打开数据指标
manager-board-title = <b>📋 实时看板</b>
manager-board-queue = <b>{ $queue }</b>：等待 { $waiting }（最长 { $oldest } 分钟）· 即将超时 { $risk } · 已超 SLA { $breached }
manager-board-agents = 在岗：{ $count } 人
manager-board-agent = • { $name }：{ $load } / { $limit }
digest-numbers = 📊 近 24 小时核心指标（与前 24 小时相比）
    工单：{ $volume }（{ $volumeChange }）
    首次响应中位数：{ $frt } 分钟（{ $frtChange }）· P90：{ $frt90 } 分钟
    SLA 达成率：{ $sla }（{ $slaChange }）· CSAT：{ $csat }（{ $csatChange }）
    首次联系解决率：{ $fcr }（{ $fcrChange }）
    重复联系率：{ $repeat } · 机器人转人工率：{ $handoff }
weekly-reasons = 📈 每周报告，{ $from } – { $to }：客户联系原因（共 { $total } 个工单，与上周相比）
    1. { $topic1 ->
        [payment] 支付
        [account] 账户
        [feature] 使用方法 / 功能
        [complaint] 投诉
        [idea] 建议
        [none] —
       *[other] 其他
    }：{ $count1 }（{ $change1 }）
    2. { $topic2 ->
        [payment] 支付
        [account] 账户
        [feature] 使用方法 / 功能
        [complaint] 投诉
        [idea] 建议
        [none] —
       *[other] 其他
    }：{ $count2 }（{ $change2 }）
    3. { $topic3 ->
        [payment] 支付
        [account] 账户
        [feature] 使用方法 / 功能
        [complaint] 投诉
        [idea] 建议
        [none] —
       *[other] 其他
    }：{ $count3 }（{ $change3 }）
    机器人转人工的首要原因：{ $handoff ->
        [security] 涉及安全的词语
        [payment] 涉及支付的词语
        [operator] 要求人工客服
        [unmatched] 机器人没有理解问题
       *[none] —
    }（{ $handoffCount }）
digest-with-chart =
    { digest }
    📈 图表为最近两周每天的新工单数。
digest-community = 👥 社群（近 24 小时）
    已检查的群消息：{ $messages } · 垃圾消息：{ $spam }（{ $spamShare }，{ $spamChange }）· 按新成员规则拦下：{ $blocked }
    验证码：发起 { $captchaStarted } 人，通过率 { $captchaPass }
    群内提问：{ $questions } · 转为工单：{ $turned } · 成员举报：{ $reports }
manager-menu-button = 团队工作台
