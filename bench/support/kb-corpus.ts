// Generated knowledge-base articles for the search benchmark: plausible help-centre text in
// English, Russian and Chinese drawn from vocabularies that overlap the real articles' words
// (payment, card, password, подписка, 密码...), so the noise competes with them for the same
// queries the way a big help centre's other articles would. Deterministic for a given seed.

/** mulberry32: small, fast and good enough to make the same corpus on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (s: string) => s.trim().split(/\s+/);

// The first COMMON_NOUNS nouns are the words every article uses (app, settings, account); the
// others are what an article may be about, so "refund" or "password" name the subject of a few
// hundred generated articles and turn up in passing in many more, as in a big help centre.
const EN = {
  nouns: words(`app settings account screen page button menu profile device message notification data payment
    card subscription plan invoice receipt order password email phone number code session team
    member report export file upload photo document limit balance transfer wallet bank fee currency
    price discount coupon promo trial renewal history link address language region time zone
    calendar reminder contact support ticket request status review rating feedback chat bot agent
    channel group workspace project task board label filter search result dashboard widget chart
    template theme mode backup storage folder sync connection network server update version browser
    computer tablet laptop printer camera microphone speaker keyboard shortcut integration webhook
    token key permission role admin owner guest invite approval policy terms privacy cookie consent
    security alert warning error problem issue delay refund charge purchase checkout cart delivery
    shipment package courier tracking return exchange warranty replacement store location branch
    office schedule meeting event booking reservation ticketing seat venue route trip driver vehicle
    fuel parking badge reward point level streak goal habit workout lesson course quiz certificate
    student teacher class`),
  verbs: words(`change update reset remove delete add create open close share export import sync
    connect disconnect enable disable turn switch configure set manage track check verify confirm
    cancel restore recover move copy rename archive download upload print send receive invite join
    leave pay transfer withdraw deposit refund book reschedule upgrade downgrade renew pause resume
    block unblock report mute unmute pin unpin sort filter search find view edit customise limit`),
  adjectives: words(`new old default custom private public shared active inactive pending failed
    successful recent monthly yearly weekly daily automatic manual mobile desktop online offline
    secure primary secondary extra free paid premium basic business personal local remote quick
    slow large small empty full missing wrong correct available unavailable temporary permanent`),
  filler: words(`the a an your our this that these those it its to of in on at for with from by
    and or but if when then after before while until so because also only just still already
    can will may should must usually often sometimes always never first next last each every
    all some any more most other another same different please note make sure try again again`),
  titles: [
    "How to {verb} your {noun}",
    "{Verb} the {adjective} {noun}",
    "Why is my {noun} {adjective}?",
    "{Noun} {noun} explained",
    "Can't {verb} {noun} in the {noun}",
    "What to do if the {noun} is {adjective}",
    "{Adjective} {noun} and {noun} limits",
    "Troubleshooting {noun} {noun}",
  ],
};

const RU = {
  nouns: words(`приложение настройки аккаунт экран страница кнопка меню профиль устройство сообщение уведомление
    данные оплата карта подписка тариф счёт чек заказ пароль почта телефон номер код сеанс команда
    участник отчёт файл загрузка фото документ лимит баланс перевод кошелёк банк комиссия валюта
    цена скидка купон промокод период продление история ссылка адрес язык регион время пояс
    календарь напоминание контакт поддержка обращение запрос статус отзыв оценка чат бот оператор
    канал группа проект задача доска метка фильтр поиск результат панель виджет график шаблон тема
    режим копия хранилище папка синхронизация соединение сеть сервер версия браузер компьютер
    планшет ноутбук принтер камера микрофон клавиатура интеграция токен ключ доступ роль
    администратор владелец гость приглашение политика приватность согласие безопасность
    предупреждение ошибка проблема задержка возврат списание покупка корзина доставка посылка курьер
    отслеживание обмен гарантия замена магазин офис расписание встреча событие бронирование место
    маршрут поездка водитель парковка бонус баллы уровень цель урок курс`),
  verbs: words(`изменить обновить сбросить удалить добавить создать открыть закрыть поделиться
    выгрузить загрузить синхронизировать подключить отключить включить выключить настроить
    проверить подтвердить отменить восстановить переместить скопировать переименовать скачать
    отправить получить пригласить оплатить перевести вывести пополнить вернуть забронировать
    перенести повысить понизить продлить приостановить возобновить заблокировать разблокировать
    найти посмотреть отредактировать ограничить`),
  adjectives: words(`новый старый основной личный общий активный неактивный ожидающий неудачный
    успешный последний ежемесячный годовой автоматический ручной мобильный онлайн офлайн
    безопасный дополнительный бесплатный платный премиум базовый деловой временный постоянный
    быстрый медленный большой пустой полный неверный правильный доступный недоступный`),
  filler: words(`в на с по для из к от до при и или но если когда затем после перед пока чтобы
    потому также только уже ещё можно нужно обычно часто иногда всегда никогда сначала потом
    каждый все некоторые другой тот же этот ваш наш это его её их пожалуйста убедитесь снова`),
  titles: [
    "Как {verb} {noun}",
    "Почему {noun} {adjective}?",
    "{Noun} и {noun}: что нужно знать",
    "Не получается {verb} {noun}",
    "Что делать, если {noun} {adjective}",
    "{Adjective} {noun} и лимиты",
    "Проблемы с {noun}",
  ],
};

const ZH = {
  nouns:
    words(`应用 设置 账户 屏幕 页面 按钮 菜单 个人资料 设备 消息 通知 数据 付款 银行卡 订阅 套餐 发票 收据 订单 密码 邮箱 手机号 验证码 会话 团队 成员 报告 文件 照片 文档
    限额 余额 转账 钱包 银行 手续费 货币 价格 折扣 优惠券 优惠码 试用期 续订 历史记录 链接 地址 语言 地区 时区 日历 提醒 联系人 客服 工单 请求 状态 评价 评分 反馈 聊天
    机器人 频道 群组 项目 任务 标签 搜索 结果 仪表盘 图表 模板 主题 模式 备份 存储 文件夹 同步 连接 网络 服务器 版本 浏览器 电脑 平板 打印机 相机 麦克风 键盘 集成 令牌
    密钥 权限 角色 管理员 邀请 政策 隐私 安全 警告 错误 问题 延迟 退款 扣款 购买 购物车 配送 包裹 快递 物流 退货 换货 保修 门店 预约 行程 司机 车辆 积分 等级 课程
    证书`),
  verbs: words(`修改 更新 重置 删除 添加 创建 打开 关闭 分享 导出 导入 同步 连接 断开 启用 停用 开启
    切换 配置 管理 跟踪 检查 验证 确认 取消 恢复 移动 复制 重命名 下载 上传 打印 发送 接收 邀请
    加入 退出 支付 提现 充值 申请 预订 改期 升级 降级 暂停 继续 屏蔽 举报 查找 查看 编辑 限制`),
  adjectives: words(`新的 旧的 默认 自定义 私人 公开 共享 有效 无效 待处理 失败 成功 最近 每月 每年
    自动 手动 移动端 桌面 在线 离线 安全 主要 额外 免费 付费 高级 基础 企业 个人 临时 永久 快速
    缓慢 空的 完整 缺失 错误 正确 可用 不可用`),
  filler: words(`的 了 在 和 或 但 如果 当 然后 之后 之前 直到 因为 所以 也 只 已经 可以 将 应该 必须
    通常 经常 有时 总是 从不 首先 接着 最后 每个 所有 一些 其他 同样 不同 请 注意 确保 再次 您 我们`),
  titles: ["如何{verb}{noun}", "为什么{noun}{adjective}？", "{noun}和{noun}说明", "无法{verb}{noun}", "{adjective}{noun}的限制", "{noun}常见问题"],
};

type Vocab = typeof EN;

const COMMON_NOUNS = 12;

/** Zipf-like pick: early words much more often than late ones, as in real text. */
function zipf(rand: () => number, list: string[]): string {
  const i = Math.floor(list.length * rand() ** 2.2);
  return list[Math.min(i, list.length - 1)]!;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Topic {
  nouns: string[];
  verb: string;
  adjective: string;
}

/** An article is about a few specific things, named again and again; the rest is ordinary prose. */
function topic(v: Vocab, rand: () => number): Topic {
  const specific = v.nouns.slice(COMMON_NOUNS);
  return { nouns: [pick(rand, specific), pick(rand, specific), pick(rand, specific)], verb: pick(rand, v.verbs), adjective: pick(rand, v.adjectives) };
}

function fill(template: string, t: Topic): string {
  let n = 0;
  return template.replace(/\{(noun|verb|adjective|Noun|Verb|Adjective)\}/g, (_, k: string) => {
    const lower = k.toLowerCase();
    const w = lower === "noun" ? t.nouns[n++ % t.nouns.length]! : lower === "verb" ? t.verb : t.adjective;
    return k[0] === k[0]!.toUpperCase() ? cap(w) : w;
  });
}

function word(v: Vocab, t: Topic, rand: () => number): string {
  const r = rand();
  if (r < 0.34) return zipf(rand, v.filler);
  if (r < 0.48) return zipf(rand, v.nouns.slice(0, COMMON_NOUNS));
  if (r < 0.66) return pick(rand, [...t.nouns, t.verb]);
  if (r < 0.8) return pick(rand, v.nouns);
  if (r < 0.93) return pick(rand, v.verbs);
  return pick(rand, v.adjectives);
}

function sentence(v: Vocab, t: Topic, rand: () => number, spaced: boolean): string {
  const n = 7 + Math.floor(rand() * 9);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(word(v, t, rand));
    if (rand() < 0.04) parts.push(String(1 + Math.floor(rand() * 30)));
  }
  return spaced ? `${cap(parts.join(" "))}.` : `${parts.join("")}${rand() < 0.3 ? "，" : "。"}`;
}

export interface GeneratedTranslation {
  title: string;
  body: string;
  keywords: string[];
}

export function generateTranslation(lang: "en" | "ru" | "zh", rand: () => number): GeneratedTranslation {
  const v = lang === "en" ? EN : lang === "ru" ? RU : ZH;
  const spaced = lang !== "zh";
  const t = topic(v, rand);
  const title = fill(pick(rand, v.titles), t);
  const sentences = 6 + Math.floor(rand() * 8);
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) lines.push(`${rand() < 0.3 ? `${i + 1}. ` : ""}${sentence(v, t, rand, spaced)}`);
  const keywords = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => {
    const verb = rand() < 0.5 ? t.verb : pick(rand, v.verbs);
    const noun = rand() < 0.7 ? pick(rand, t.nouns) : pick(rand, v.nouns);
    return spaced ? `${verb} ${noun}` : `${verb}${noun}`;
  });
  return { title, body: lines.join(spaced ? " " : ""), keywords: [...new Set(keywords)] };
}

/**
 * A generator for a language without a hand-written vocabulary: like the hand-written ones, its
 * words are the help centre's general vocabulary (words at least MIN_SPREAD real articles use:
 * card, payment, password, settings...), the most common as filler and the rest as subjects, so
 * generated articles compete with the real ones for the same words. A phrasing only one or two
 * real articles use is theirs, as a hand-written vocabulary would not have it either.
 */
export function generatorFromTexts(lang: string, texts: readonly string[]): (rand: () => number) => GeneratedTranslation {
  const MIN_SPREAD = 3;
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  const spread = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const s of segmenter.segment(text)) {
      if (s.isWordLike && !/\d/.test(s.segment)) seen.add(s.segment.toLowerCase());
    }
    for (const w of seen) spread.set(w, (spread.get(w) ?? 0) + 1);
  }
  const byFrequency = [...spread.entries()]
    .filter(([, n]) => n >= MIN_SPREAD)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const common = byFrequency.slice(0, Math.max(12, Math.floor(byFrequency.length * 0.03)));
  const specific = byFrequency.slice(common.length);
  // Thai is written without spaces between words, with spaces between phrases.
  const join = (ws: string[]) => (lang === "th" ? ws.map((w, i) => (i > 0 && i % 4 === 0 ? ` ${w}` : w)).join("") : ws.join(" "));
  return (rand) => {
    const topicWords = [pick(rand, specific), pick(rand, specific), pick(rand, specific), pick(rand, specific)];
    const w = () => {
      const r = rand();
      return r < 0.45 ? zipf(rand, common) : r < 0.7 ? pick(rand, topicWords) : pick(rand, specific);
    };
    const title = join(Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, i) => (i < 2 ? topicWords[i]! : w())));
    const sentences = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => `${join(Array.from({ length: 7 + Math.floor(rand() * 9) }, w))}.`);
    const keywords = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => join([pick(rand, topicWords), rand() < 0.6 ? pick(rand, topicWords) : w()]));
    return { title, body: sentences.join(" "), keywords: [...new Set(keywords)] };
  };
}
