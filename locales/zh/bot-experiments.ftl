# 机器人文案的 A/B 测试：管理员可在机器人里（/experiments）或员工页面上操作。

exp-not-allowed = 实验仅限管理员使用。
exp-list-empty = 还没有实验，用 /exp_new 创建一个吧。
exp-list-header = <b>🧪 实验</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · { $share }% 的客户
exp-new-usage = 按下面的格式创建实验：
    /exp_new short-help message help-text self-service 50
    B en: 英文文案
    B zh: 中文文案
    A 是当前文案。指标可选 self-service、csat、frt、intake-drop-off、repeat-contacts；50 表示参与测试的客户比例。
    测试流程选项：/exp_new rating-later flow rating-timing csat 30，下面再写 "A on-resolve" 和 "B next-day" 两行。目前可以测试的流程选项：{ $flows }。
exp-defined = 实验 { $code } 已就绪，共 { $variants } 个版本。开始：/exp_start { $code }
exp-started = 实验 { $code } 正在对 { $share }% 的客户进行。查看结果：/exp_results { $code }
exp-stopped = 实验 { $code } 已停止，所有人重新看到原来的文案。
exp-shipped = { $code } 的版本 { $variant } 现在是所有客户看到的 <b>{ $target }</b> 文案。
exp-refused-flow-not-wired = 目前还没有任何流程读取“{ $target }”，对它做实验不会给客户带来任何变化，结果也只是噪音。可以测试的流程选项：{ $wired }。
exp-refused-target-busy = 实验 { $code } 已经在测试“{ $target }”。请先停止它或发布胜出版本，再开始这个实验。
exp-status-draft = 草稿
exp-status-running = 进行中
exp-status-stopped = 已停止
exp-status-shipped = 已上线
exp-metric-self-service = 自助解决率
exp-metric-csat = 满意客户占比（CSAT 4–5）
exp-metric-frt = 首次响应时间（分钟）
exp-metric-intake-drop-off = 受理过程中的流失
exp-metric-repeat-contacts = 7 天内重复咨询
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }：{ $customers } 位客户中 { $value }（95% 区间 { $low }–{ $high }）
exp-result-minutes = { $variant }：{ $value } 分钟，{ $customers } 位客户（95% 区间 { $low }–{ $high }）
exp-verdict-better = ✅ 有 95% 的把握：{ $variant } 优于 { $control }。
exp-verdict-worse = ❌ 有 95% 的把握：{ $variant } 不如 { $control }。
exp-verdict-no-difference = ➖ { $variant } 和 { $control } 没有实质差别，选读起来更顺的那个即可。
exp-verdict-more = ⏳ 数据还不够：大约还需要 { $count } 位客户。
exp-btn-ship = 🚀 上线 { $variant }
exp-btn-stop = ⏹ 停止
