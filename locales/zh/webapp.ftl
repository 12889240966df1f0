# Telegram Mini App (webapp/) 文案，简体中文。
# 此处缺少的消息将使用英文文件中的内容。
# 中文的 CLDR 复数类别只有 other，因此数量不需要区分形式。

app-title = 客服
app-loading = 加载中…
app-skip = 跳到正文

## 导航

nav-label = 栏目
nav-tickets = 我的工单
nav-new = 新建工单
nav-kb = 帮助
nav-settings = 设置

## 我的工单

# $name — 用户在 Telegram 中的名字。
home-greeting = 你好，{ $name }！
tickets-title = 我的工单
tickets-new = 新建工单
tickets-filters = 显示工单
filter-open = 处理中
filter-waiting = 待我回复
filter-resolved = 已解决
filter-all = 全部
tickets-empty-open = 没有处理中的工单。
tickets-empty-waiting = 没有等待你回复的工单。
tickets-empty-resolved = 还没有已解决的工单。
tickets-empty-all = 你还没有任何工单。
tickets-empty-hint = 遇到问题了吗？告诉我们，我们来帮你。
# $number — 工单编号，例如 10001。
ticket-number = #{ $number }
# $count — 客户尚未阅读的客服消息数。
ticket-unread = { $count } 条新回复
# $date — 客户所在时区的日期和时间。
ticket-updated = 更新于 { $date }
ticket-created = 创建于 { $date }
ticket-deadline = 预计 { $date } 前解决
ticket-waiting-for-you = 我们正在等待你的回复

## 状态与主题

status-new = 新建
status-in_progress = 处理中
status-waiting_customer = 待你回复
status-resolved = 已解决
status-closed = 已关闭

topic-payment = 支付
topic-account = 账户
topic-feature = 使用方法 / 功能
topic-complaint = 投诉
topic-idea = 建议
topic-other = 其他

## 预计回复时间

# $minutes — 距预计回复的分钟数。
eta-minutes = 预计约 { $minutes } 分钟内回复
# $hours — 距预计回复的小时数。
eta-hours = 预计约 { $hours } 小时内回复
eta-any-minute = 回复随时会到

## 工单页面

ticket-title = 工单 #{ $number }
ticket-add-details = 补充详情
ticket-summary = 处理结果
ticket-conversation = 对话
ticket-no-messages = 还没有消息。
ticket-back-to-list = 返回我的工单
msg-you = 你
msg-support = 客服
msg-bot = 客服机器人
msg-system = 通知
msg-edited = 已编辑

attachment-kind-photo = 图片
attachment-kind-document = 文件
attachment-kind-video = 视频
attachment-kind-audio = 音频
attachment-kind-voice = 语音消息
attachment-kind-animation = 动图
attachment-kind-video_note = 视频消息
attachment-kind-sticker = 贴纸
# $kind — 文件类型；$author — 发送者。
attachment-alt = { $author } 发送的{ $kind }
# $name — 文件名；$author — 发送者。
attachment-alt-named = { $author } 发送的 { $name }
attachment-open = 打开 { $name }
attachment-unavailable = 暂时无法加载此文件。

reply-label = 你的消息
reply-placeholder = 给客服留言…
reply-reopens = 在这里发送消息会重新打开工单。
reply-send = 发送
reply-sending = 发送中…

rate-title = 我们的服务怎么样？
rate-hint = 请为你获得的帮助打 1 到 5 星。
# $csat — 评分，1 到 5。
rate-value = { $csat } 星（满分 5 星）
rate-thanks = 谢谢！你给了我们 { $csat } 分（满分 5 分）。
rate-current = 你的评分：{ $csat } 分（满分 5 分）。你可以修改。

## 新建工单

new-title = 新建工单
new-subtitle = 描述你的问题，我们会在这里和聊天中回复你。
new-topic = 主题
new-topic-choose = 选择主题…
new-topic-hint = 选择最接近的主题，方便我们转给合适的同事。
new-topic-hint-payment = 请写明日期和金额。切勿发送完整卡号或 CVC 码。
new-topic-hint-account = 请说明你尝试过什么、看到了什么。切勿发送密码或登录验证码。
new-topic-hint-feature = 请说明你想做什么，以及卡在了哪一步。
new-topic-hint-complaint = 请说明发生了什么，以及我们可以如何弥补。
new-topic-hint-idea = 请分享你的想法，以及它能帮你解决什么。
new-topic-hint-other = 请告诉我们需要了解的任何情况。
new-description = 问题描述
new-description-placeholder = 发生了什么？你原本期望的结果是什么？
new-description-hint = 请写明操作步骤、错误信息以及问题开始的时间。
# $count — 已输入字符数；$max — 上限。
new-counter = { $count } / { $max }
new-kb-title = 这些文章也许已经能解决你的问题
new-kb-solved = 问题解决了吗？阅读文章
new-submit = 提交工单
new-submitting = 提交中…
new-consent-title = 需要先获得你的同意
new-consent-text = 创建工单需要保存你与客服的对话。
new-consent-agree = 我同意
new-consent-later = 你可以随时在“设置”的“隐私”部分撤回同意。
new-consent-thanks = 谢谢！现在可以提交工单了。

## 表单错误

form-error-topic = 请选择主题。
# $min — 最少字符数。
form-error-too-short = 请至少用 { $min } 个字符描述问题。
# $max — 最多字符数。
form-error-too-long = 请不要超过 { $max } 个字符。
form-error-empty-text = 请先输入消息。
form-error-empty-description = 请描述问题。

## 知识库

kb-title = 帮助中心
kb-subtitle = 常见问题的快速解答。
kb-search-label = 搜索帮助中心
kb-search-placeholder = 例如：银行卡被拒
kb-search-button = 搜索
# $count — 找到的文章数。
kb-results =
    { $count ->
        [0] 没有结果
       *[other] 找到 { $count } 篇文章
    }
kb-no-results = 没有找到相关内容。换个关键词试试，或直接联系我们。
kb-categories = 分类
kb-category-all = 全部
kb-category-account = 账户
kb-category-how-to = 使用方法
kb-category-payments = 支付
kb-category-security = 安全
kb-category-subscriptions = 订阅
kb-category-technical = 技术问题
kb-category-refunds = 退款
kb-category-privacy = 隐私
kb-popular = 热门解决方案
kb-still-need-help = 仍需要帮助？
kb-ask-support = 创建工单
article-back = 返回帮助中心
article-helpful = 这篇文章有帮助吗？
article-helpful-yes = 有帮助
article-helpful-no = 没帮助
article-thanks-yes = 太好了！感谢你的反馈。
article-thanks-no = 很抱歉没能帮到你。我们的团队会为你处理。

## 设置

settings-title = 设置
settings-language = 语言和时间
settings-language-label = 语言
settings-timezone = 时区
settings-timezone-suggested = 推荐
settings-timezone-all = 所有时区
settings-timezone-hint = 时间和免打扰时段都按此时区显示。
# $zone — 设备的时区，例如 Asia/Shanghai。
settings-timezone-device = 你的设备时区是 { $zone }。
settings-timezone-use-device = 使用此时区
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = 时间现在按你的时区（{ $zone }）显示。
zone-change = 更改
zone-ok = 知道了
settings-notifications = 通知
settings-notifications-label = 在聊天中接收工单动态
settings-notifications-hint = 客服回复和状态变更。
settings-quiet = 免打扰时段
settings-quiet-hint = 在此时段内，非紧急消息会延后发送。
settings-quiet-default = 未设置：使用客服中心的默认免打扰时段。
settings-quiet-from = 开始
settings-quiet-to = 结束
settings-quiet-save = 保存免打扰时段
settings-quiet-clear = 使用默认值
settings-quiet-both = 请同时设置两个时间，或同时清空。
settings-quiet-same = 开始时间和结束时间不能相同。
settings-display = 显示
settings-large-text = 大号字体
settings-large-text-hint = 在此设备上放大所有文字。
settings-high-contrast = 高对比度
settings-high-contrast-hint = 更鲜明的颜色和轮廓。
settings-privacy = 隐私
# $date — 客户同意的时间。
settings-consent-given = 你已于 { $date } 同意保存对话。
settings-consent-missing = 你尚未同意保存对话：未经同意无法创建工单。
settings-consent-label = 保存我与客服的对话
settings-consent-hint = 创建工单时需要。关闭后将无法创建新工单。
settings-export = 导出我的数据
settings-export-hint = 以 JSON 文件下载我们保存的关于你的全部信息。
settings-exporting = 正在准备文件…
settings-exported = 你的数据已下载。
settings-delete = 删除我的数据
settings-delete-confirm-title = 要删除你的全部数据吗？
settings-delete-confirm-text = 你的工单、消息、评分和设置都将被清除，且无法恢复。
settings-delete-confirm = 是的，全部删除
settings-delete-cancel = 取消
settings-deleting = 删除中…
settings-saving = 保存中…
settings-saved = 已保存。

## 告别（删除之后）

goodbye-title = 你的数据已删除
goodbye-text = 我们已清除你的工单、消息和设置。
goodbye-return = 如果你再次给机器人发消息，一切将重新开始。
goodbye-close = 关闭

## 错误

error-open-from-bot-title = 请从机器人中打开此页面
error-open-from-bot = 此页面只能在 Telegram 内使用。请通过客服机器人中的按钮打开。
error-dev-hint = 开发者：如果服务器以 DEV_LOGIN=true 运行（生产环境绝不开启），可在此地址以测试用户登录：
# $bot — the bot's @username.
outside-open-bot = 在 Telegram 中打开 { $bot }
outside-qr-label = 在 Telegram 中打开 { $bot } 的二维码
outside-qr-hint = 正在用电脑？用手机相机扫描此二维码。
error-unauthorized-title = 无法验证你的 Telegram 会话
error-unauthorized = 请关闭此页面，然后从机器人中重新打开。
error-generic-title = 出错了
error-generic = 无法加载你的资料。请检查网络连接后重试。
# $reason — 服务器发送的技术说明（不翻译）。
error-reason = 详情：{ $reason }
error-retry = 重试
error-network = 无法连接服务器。请检查网络后重试。
error-not-found-title = 未找到
error-not-found = 没有找到，可能已被删除。
error-page-not-found = 此页面不存在。
error-too-many = 尝试次数过多，请稍候。
error-failed = 操作失败：{ $reason }

# Attachments (Mini App uploads)
new-file = 截图或文件（可选）
attach-choose = 选择截图或文件
attach-file = 添加文件
attach-replace = 选择其他文件
attach-hint = 图片（JPEG、PNG、WebP、GIF）或文档（PDF、TXT、CSV、ZIP、DOCX、XLSX），最大 { $max } MB。
attach-preview-alt = { $name } 的预览
attach-remove = 移除
attach-too-large = “{ $name }”超过 { $max } MB，请选择较小的文件。
attach-wrong-type = 无法添加“{ $name }”。请选择图片（JPEG、PNG、WebP、GIF）或 PDF、TXT、CSV、ZIP、DOCX、XLSX 文件。
attach-empty = “{ $name }”是空文件。
attach-uploading = 正在上传文件…
attach-send = 发送文件
attach-caption-too-long = 附带文件时，消息请少于 { $max } 个字符。
attach-failed-title = 文件未添加
attach-failed-text = 工单已创建，但“{ $name }”未能上传。请使用下方的“添加文件”重试。
attach-failed-dismiss = 知道了

## 主管工作台（客服团队专用页面：/staff/board、/staff/numbers、/staff/agents）

staff-nav = 主管工作台
staff-nav-board = 实时看板
staff-nav-numbers = 数据指标
staff-nav-agents = 客服人员
staff-forbidden-title = 仅限客服团队
staff-forbidden = 这些页面仅供客服团队使用，您当前的角色没有访问权限。
staff-board-title = 实时看板
staff-live = ● 实时
staff-reconnecting = 正在重新连接…
staff-queues = 队列
staff-queue = 队列
staff-waiting = 等待中
staff-oldest-wait = 最长等待
staff-at-risk = 即将超时
staff-breached = 已超 SLA
staff-on-duty = 在岗
staff-nobody-on-duty = 目前没有人在岗。
staff-load-of = { $name } 的工作量
staff-load = { $load } / { $limit }
staff-needs-eye = 需要关注的工单
staff-all-calm = 没有未结工单，一切正常。
staff-state-breached = 已超 SLA
staff-state-at-risk = 即将超时
staff-state-waiting = 等待回复
staff-state-ok = 正常
staff-ticket-line = { $queue } · { $assignee } · 已等待 { $wait }
staff-unassigned = 未分配
staff-assign = 分配给…
staff-assign-to = 将工单 #{ $number } 分配给
staff-assigned = 工单 #{ $number } 已交给 { $name }。
staff-move = 转到…
staff-move-to = 将工单 #{ $number } 转到队列
staff-moved = 工单 #{ $number } 已转到 { $queue }。
staff-action-failed = 操作失败：{ $reason }
staff-csv = CSV
staff-numbers-title = 数据指标
staff-agents-title = 客服人员
staff-agent = 客服
staff-period = 时间范围
staff-period-today = 今天
staff-period-7d = 近 7 天
staff-period-30d = 近 30 天
staff-period-custom = 自定义
staff-from = 从
staff-to = 到
staff-split = 维度
staff-split-none = 不细分
staff-split-queue = 队列
staff-split-topic = 主题
staff-split-language = 语言
staff-split-agent = 客服
staff-split-channel = 渠道
staff-headline = 核心指标
staff-chart-of = 图表
staff-figure-volume = 工单数
staff-figure-frtP50 = 首次响应（中位数）
staff-figure-frtP90 = 首次响应（P90）
staff-figure-resolutionP50 = 解决时长（中位数）
staff-figure-resolutionP90 = 解决时长（P90）
staff-figure-slaMet = SLA 达成率
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = 首次联系解决率
staff-figure-repeatRate = 重复联系率（7 天）
staff-figure-reopenRate = 重新打开率
staff-figure-handoffRate = 机器人转人工率
staff-figure-selfService = 自助解决
staff-response-rates = CSAT 回复率：{ $csat } · NPS 回复率：{ $nps }
staff-change-none = 无可比数据
staff-change-better = 比上一周期好 { $change }
staff-change-worse = 比上一周期差 { $change }
staff-handoff-reasons = 机器人转人工的原因
staff-heatmap = 按星期和小时的进线分布
staff-heatmap-peak = 高峰：{ $day } { $hour }:00，{ $count } 个工单
staff-community = 支持群
staff-figure-spamShare = 群消息中的垃圾消息占比
staff-figure-groupMessages = 已检查的群消息
staff-figure-captchaPassRate = 验证码通过率
staff-figure-groupQuestions = 转为工单的群内提问
staff-community-detail = 垃圾消息：{ $spam } · 按新成员规则拦下：{ $blocked } · 成员举报：{ $reports }。目标：垃圾消息低于 0.5%。
staff-weekday-1 = 周一
staff-weekday-2 = 周二
staff-weekday-3 = 周三
staff-weekday-4 = 周四
staff-weekday-5 = 周五
staff-weekday-6 = 周六
staff-weekday-7 = 周日
staff-seconds = { $n } 秒
staff-minutes = { $n } 分钟
staff-hours = { $n } 小时
staff-days = { $n } 天

## 质检与实验（webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx）
staff-nav-quality = 质检
staff-nav-experiments = 实验
staff-qa-title = 对话质量
staff-qa-pending = 待质检
staff-qa-none = 目前没有待质检的对话。
staff-qa-clean = 自动检查未发现问题。
staff-qa-finding-frt-over-sla = 首次回复用了 { $minutes } 分钟（目标 { $target } 分钟）
staff-qa-finding-resolution-over-sla = 解决用了 { $minutes } 分钟（目标 { $target } 分钟）
staff-qa-finding-forbidden-words = 禁用词或不礼貌用语：{ $words }
staff-qa-finding-personal-data-asked = 索要了个人信息：{ $words }
staff-qa-finding-no-summary = 没有处理总结
staff-qa-finding-no-next-steps = 没有告诉客户后续步骤
staff-qa-finding-no-greeting = 首次回复没有问候
staff-qa-finding-person-not-given = 客户要求转人工，但没有人回复
staff-qa-line-greeting = 问候
staff-qa-line-understood = 理解问题
staff-qa-line-correct = 答案正确
staff-qa-line-tone = 语气
staff-qa-line-next_steps = 说明后续步骤
staff-qa-line-summary = 处理总结
staff-qa-mark-2 = 是
staff-qa-mark-1 = 部分
staff-qa-mark-0 = 否
staff-qa-comment = 给客服的备注（可选）
staff-qa-save = 保存评分
staff-qa-trend = 各客服每周质量
staff-qa-cell = { $average }（{ $reviews }）
staff-qa-mine = 我的得分
staff-qa-mine-none = 你的对话还没有被质检过。
staff-qa-mine-average = 近 30 天：{ $average }/100
staff-exp-title = 实验
staff-exp-about = 先让一部分客户看到机器人的新文案，再用客服数据判断好坏。安全和支付提醒永远不参与实验。
staff-exp-status-draft = 草稿
staff-exp-status-running = 进行中
staff-exp-status-stopped = 已停止
staff-exp-status-shipped = 已上线
staff-exp-metric-self-service = 自助解决率
staff-exp-metric-csat = 满意客户占比（CSAT 4–5）
staff-exp-metric-frt = 首次响应时间（分钟）
staff-exp-metric-intake-drop-off = 受理过程中的流失
staff-exp-metric-repeat-contacts = 7 天内重复咨询
staff-exp-verdict-better = 有 95% 的把握：{ $variant } 优于 { $control }。
staff-exp-verdict-worse = 有 95% 的把握：{ $variant } 不如 { $control }。
staff-exp-verdict-no-difference = { $variant } 和 { $control } 没有实质差别。
staff-exp-verdict-more = 数据还不够：大约还需要 { $count } 位客户。
staff-exp-variant = 版本
staff-exp-customers = 客户数
staff-exp-value = 结果
staff-exp-range = 95% 区间
staff-exp-start = 开始
staff-exp-stop = 停止
staff-exp-ship = 上线 { $variant }
staff-exp-new = 新建实验
staff-exp-code = 简称（小写字母、数字、-）
staff-exp-target = 要测试的文案或流程选项
staff-exp-metric = 评判指标
staff-exp-share = 参与测试的客户比例（%）
staff-exp-language = 新文案的语言
staff-exp-variant-b = 版本 B
staff-exp-create = 存为草稿
