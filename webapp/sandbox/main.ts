import "./sandbox.css";
import { isLanguage, isRtl, LANGUAGE_NAMES, LANGUAGES, pageLanguage, translator, type Language } from "./i18n";
import { TOURS, type TourKit } from "./tours";
import type { ChatMessage, SandboxEvent, SandboxUser, Snapshot } from "./types";

// The sandbox page: phones that look like Telegram, one per person, talking to the server's own
// Bot API emulator (src/sandbox). Everything the bot does is real; the page only plays people.

const lang = pageLanguage();
const t = translator(lang);
document.documentElement.lang = lang;
document.documentElement.dir = isRtl(lang) ? "rtl" : "ltr";
document.title = t("sb-title");

const state = {
  snapshot: null as Snapshot | null,
  chats: new Map<number, ChatMessage[]>(),
  reactions: new Map<number, string[]>(),
  users: new Map<number, SandboxUser>(),
};
const listeners = new Set<(chatId: number, message: ChatMessage) => void>();

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`/sandbox/api/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as T & { reason?: string };
  if (!res.ok) throw new Error(json.reason ?? `HTTP ${res.status}`);
  return json;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** Small line icons (emoji would depend on the fonts of the visitor's machine). */
const ICONS = {
  attach: "M16.5 6.5 8.6 14.4a2 2 0 0 0 2.8 2.8l7.9-7.9a4 4 0 0 0-5.7-5.7L5.7 11.5a6 6 0 0 0 8.5 8.5L21 13.2",
  send: "M3 20 21 12 3 4v6l12 2-12 2z",
  close: "M6 6l12 12M18 6 6 18",
  reply: "M10 7 4 12l6 5M4 12h10a6 6 0 0 1 6 6",
  plus: "M12 5v14M5 12h14",
  later: "M4 6v12l7-6zM12 6v12l7-6z",
} as const;
function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "icon");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[name]);
  svg.appendChild(path);
  return svg;
}

const time = (unix: number) => new Date(unix * 1000).toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });

/** Telegram's HTML subset, rebuilt node by node: nothing else from a message reaches the page. */
const ALLOWED = new Set(["B", "STRONG", "I", "EM", "U", "INS", "S", "STRIKE", "DEL", "CODE", "PRE", "A", "BLOCKQUOTE", "TG-SPOILER", "BR"]);
function safeHtml(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node) => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ""));
      else if (child instanceof Element) {
        if (!ALLOWED.has(child.tagName)) {
          copy(child, to);
          continue;
        }
        const node = document.createElement(child.tagName === "TG-SPOILER" ? "span" : child.tagName.toLowerCase());
        if (child.tagName === "TG-SPOILER") node.className = "spoiler";
        const href = child.getAttribute("href");
        if (child.tagName === "A" && href && /^(https?:|tg:|mailto:)/i.test(href)) {
          node.setAttribute("href", href);
          node.setAttribute("target", "_blank");
          node.setAttribute("rel", "noopener noreferrer");
        }
        copy(child, node);
        to.appendChild(node);
      }
    }
  };
  copy(parsed.body, out);
  return out;
}

type Role = "customer" | "agent" | "supervisor";

class Phone {
  readonly root: HTMLElement;
  private readonly log: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly replyBar: HTMLElement;
  private readonly startBar: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly toast: HTMLElement;
  private readonly app: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private readonly mainButton: HTMLButtonElement;
  private readonly backButton: HTMLButtonElement;
  private readonly label: HTMLElement;
  private readonly menu: HTMLElement;
  private replyTo: ChatMessage | null = null;
  userId = 0;

  constructor(
    readonly role: Role,
    extra: HTMLElement | null,
  ) {
    this.label = el("span", { class: "phone-name" });
    this.log = el("div", { class: "tg-log", role: "log", "aria-live": "polite", "aria-label": t(`sb-${role}`) });
    this.input = el("textarea", { rows: "1", placeholder: t("sb-message-placeholder"), "aria-label": t("sb-message-placeholder"), class: "tg-text" });
    this.replyBar = el("div", { class: "tg-replybar", hidden: "" });
    this.startBar = el("div", { class: "tg-startbar", hidden: "" }, el("button", { type: "button", class: "tg-start" }, t("sb-start").toUpperCase()));
    this.toast = el("div", { class: "tg-toast", role: "status", hidden: "" });
    this.menu = el("div", { class: "tg-menu", hidden: "" });
    const attach = el("button", { type: "button", class: "tg-icon", title: t("sb-attach"), "aria-label": t("sb-attach") }, icon("attach"));
    const file = el("input", { type: "file", accept: "image/*", hidden: "" });
    const menuButton = el("button", { type: "button", class: "tg-menubutton" }, role === "customer" ? t("sb-open-app") : "/");
    menuButton.title = role === "customer" ? t("sb-open-app-title") : t("sb-commands");
    menuButton.setAttribute("aria-label", menuButton.title);
    const send = el("button", { type: "submit", class: "tg-send", title: t("sb-send"), "aria-label": t("sb-send") }, icon("send"));
    this.form = el("form", { class: "tg-input" }, menuButton, attach, file, this.input, send);
    this.frame = el("iframe", { title: t("sb-open-app-title"), class: "tg-frame" });
    this.mainButton = el("button", { type: "button", class: "tg-mainbutton", hidden: "" });
    this.backButton = el("button", { type: "button", class: "tg-app-back", hidden: "" }, `‹ ${t("sb-back")}`);
    const close = el("button", { type: "button", class: "tg-app-close" }, t("sb-close"));
    this.app = el(
      "div",
      { class: "tg-app", hidden: "" },
      el("div", { class: "tg-app-head" }, close, this.backButton, el("b", {}, state.snapshot?.bot.first_name ?? "Support")),
      this.frame,
      this.mainButton,
    );

    const head = el(
      "div",
      { class: "tg-head" },
      el("div", { class: "tg-avatar", "aria-hidden": "true" }, "S"),
      el("div", { class: "tg-title" }, el("b", {}, "Support"), el("small", {}, t("sb-bot-subtitle"))),
    );
    const screen = el("div", { class: "tg-screen" }, head, this.log, this.startBar, this.replyBar, this.menu, this.form, this.toast, this.app);
    this.root = el(
      "section",
      { class: `phone phone-${role}`, "data-role": role, "aria-label": t(`sb-${role}`) },
      el("header", { class: "phone-label" }, el("div", {}, el("b", {}, t(`sb-${role}`)), " ", this.label), ...(extra ? [extra] : [])),
      screen,
    );

    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.submit();
    });
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        void this.submit();
      }
      if (e.key === "Escape") this.setReply(null);
    });
    this.startBar.querySelector("button")!.addEventListener("click", () => void this.say("/start"));
    attach.addEventListener("click", () => file.click());
    file.addEventListener("change", () => {
      const f = file.files?.[0];
      file.value = "";
      if (f) void this.sendPhoto(f);
    });
    menuButton.addEventListener("click", () => (role === "customer" ? void this.openApp("/") : this.toggleCommands()));
    close.addEventListener("click", () => this.closeApp());
    this.mainButton.addEventListener("click", () => this.toApp("main_button_pressed"));
    this.backButton.addEventListener("click", () => this.toApp("back_button_pressed"));
    window.addEventListener("message", (e) => this.fromApp(e));
  }

  setUser(user: SandboxUser, note = "") {
    this.userId = user.id;
    this.label.textContent = `${user.first_name}${note}`;
    this.setReply(null);
    this.closeApp();
    this.render();
  }

  render() {
    this.log.replaceChildren(...(state.chats.get(this.userId) ?? []).map((m) => this.bubble(m)));
    this.startBar.hidden = this.role !== "customer" || (state.chats.get(this.userId)?.length ?? 0) > 0;
    this.form.hidden = !this.startBar.hidden;
    this.log.scrollTop = this.log.scrollHeight;
  }

  added(message: ChatMessage) {
    this.log.appendChild(this.bubble(message));
    this.startBar.hidden = true;
    this.form.hidden = false;
    this.log.scrollTop = this.log.scrollHeight;
  }

  changed(message: ChatMessage) {
    const old = this.log.querySelector(`[data-id="${message.message_id}"]`);
    if (old) old.replaceWith(this.bubble(message));
  }

  removed(ids: number[]) {
    for (const id of ids) this.log.querySelector(`[data-id="${id}"]`)?.remove();
  }

  showToast(text: string, alert: boolean) {
    this.toast.textContent = text;
    this.toast.classList.toggle("alert", alert);
    this.toast.hidden = false;
    window.clearTimeout(Number(this.toast.dataset.timer));
    this.toast.dataset.timer = String(window.setTimeout(() => (this.toast.hidden = true), alert ? 5000 : 2500));
  }

  private bubble(m: ChatMessage): HTMLElement {
    const fromBot = Boolean(m.from?.is_bot);
    const body = el("div", { class: "bubble" });
    if (m.reply_to_message) {
      const r = m.reply_to_message;
      const who = r.from?.is_bot ? (state.snapshot?.bot.first_name ?? "Support") : (r.from?.first_name ?? "");
      body.appendChild(
        el(
          "div",
          { class: "quote" },
          el("b", {}, who),
          el("span", { dir: "auto" }, (r.text ?? r.caption ?? (r.photo ? `🖼 ${t("sb-photo")}` : "")).slice(0, 90)),
        ),
      );
    }
    const photo = m.photo?.at(-1);
    if (photo) body.appendChild(el("img", { class: "photo", src: `/sandbox/api/file/${encodeURIComponent(photo.file_id)}`, alt: t("sb-photo") }));
    const doc = m.document ?? m.video ?? m.audio ?? m.voice ?? m.animation;
    if (doc) body.appendChild(el("div", { class: "doc" }, `📄 ${doc.file_name ?? t("sb-file")}`));
    const words = m.text ?? m.caption;
    if (words) {
      const text = el("div", { class: "text", dir: "auto" });
      if (m.html) text.appendChild(safeHtml(m.html));
      else text.textContent = words;
      body.appendChild(text);
    }
    const reactions = state.reactions.get(m.message_id);
    if (reactions?.length) body.appendChild(el("span", { class: "reaction", "aria-label": reactions.join(" ") }, reactions.join(" ")));
    body.appendChild(el("span", { class: "meta" }, `${m.edit_date ? `${t("sb-edited")} ` : ""}${time(m.date)}${fromBot ? "" : " ✓✓"}`));
    const row = el("div", { class: `msg ${fromBot ? "in" : "out"}`, "data-id": String(m.message_id) }, body);
    const reply = el("button", { type: "button", class: "reply-btn", title: t("sb-reply"), "aria-label": t("sb-reply") }, icon("reply"));
    reply.addEventListener("click", () => this.setReply(m));
    body.addEventListener("dblclick", () => this.setReply(m));
    row.appendChild(reply);
    const keyboard = m.reply_markup?.inline_keyboard;
    if (keyboard?.length) {
      const kb = el("div", { class: "kb" });
      for (const line of keyboard) {
        const rowEl = el("div", { class: "kb-row" });
        for (const b of line) {
          const button = el("button", { type: "button", class: "kb-button" }, b.text);
          if (b.web_app) {
            button.classList.add("webapp");
            const url = new URL(b.web_app.url);
            button.addEventListener("click", () => void this.openApp(url.pathname + url.search));
          } else if (b.url) {
            button.classList.add("link");
            button.addEventListener("click", () => window.open(b.url, "_blank", "noopener"));
          } else if (b.callback_data) {
            const data = b.callback_data;
            button.addEventListener("click", () => void this.press(m.message_id, data));
          }
          rowEl.appendChild(button);
        }
        kb.appendChild(rowEl);
      }
      row.appendChild(kb);
    }
    return row;
  }

  setReply(m: ChatMessage | null) {
    this.replyTo = m;
    this.replyBar.hidden = !m;
    if (!m) return;
    const cancel = el("button", { type: "button", class: "tg-icon", title: t("sb-cancel-reply"), "aria-label": t("sb-cancel-reply") }, icon("close"));
    cancel.addEventListener("click", () => this.setReply(null));
    const who = m.from?.is_bot ? (state.snapshot?.bot.first_name ?? "Support") : (m.from?.first_name ?? "");
    this.replyBar.replaceChildren(
      el("span", { class: "tg-reply-icon" }, icon("reply")),
      el("div", {}, el("b", {}, t("sb-replying-to", { name: who })), el("span", { dir: "auto" }, (m.text ?? m.caption ?? "").slice(0, 80))),
      cancel,
    );
    this.input.focus();
  }

  private async submit() {
    const text = this.input.value.trim();
    if (!text) return;
    this.input.value = "";
    await this.say(text, this.replyTo?.message_id);
    this.setReply(null);
  }

  async say(text: string, replyTo?: number): Promise<number> {
    const r = await post<{ messageId: number }>("send", { userId: this.userId, text, ...(replyTo ? { replyTo } : {}) });
    return r.messageId;
  }

  async press(messageId: number, data: string) {
    await post("press", { userId: this.userId, messageId, data }).catch((err: Error) => this.showToast(err.message, false));
  }

  private async sendPhoto(file: File) {
    const photo = await shrink(file);
    const caption = this.input.value.trim();
    this.input.value = "";
    await post("send", { userId: this.userId, photo, ...(caption ? { caption } : {}), ...(this.replyTo ? { replyTo: this.replyTo.message_id } : {}) });
    this.setReply(null);
  }

  private toggleCommands() {
    if (!this.menu.hidden) {
      this.menu.hidden = true;
      return;
    }
    const commands = ["/queue", "/mine", "/resolve ", "/note ", "/ask ", "/macros", "/vip ", "/duty on", "/report", "/help"];
    this.menu.replaceChildren(
      ...commands.map((c) => {
        const b = el("button", { type: "button" }, c.trim());
        b.addEventListener("click", () => {
          this.menu.hidden = true;
          this.input.value = c;
          this.input.focus();
        });
        return b;
      }),
    );
    this.menu.hidden = false;
  }

  // ---- the Mini App inside the phone, spoken to as Telegram's apps speak to it (postMessage)

  async openApp(path: string) {
    const { url } = await post<{ url: string }>("webapp", { userId: this.userId, path });
    this.mainButton.hidden = true;
    this.backButton.hidden = true;
    this.frame.src = url;
    this.app.hidden = false;
  }

  closeApp() {
    this.app.hidden = true;
    this.frame.removeAttribute("src");
  }

  private toApp(eventType: string, eventData: unknown = {}) {
    this.frame.contentWindow?.postMessage(JSON.stringify({ eventType, eventData }), "*");
  }

  private fromApp(e: MessageEvent) {
    if (e.source !== this.frame.contentWindow || typeof e.data !== "string") return;
    let msg: { eventType?: string; eventData?: Record<string, unknown> };
    try {
      msg = JSON.parse(e.data) as typeof msg;
    } catch {
      return;
    }
    const d = msg.eventData ?? {};
    switch (msg.eventType) {
      case "web_app_close":
        this.closeApp();
        break;
      case "web_app_setup_main_button":
        this.mainButton.hidden = !d.is_visible;
        this.mainButton.disabled = d.is_active === false || Boolean(d.is_progress_visible);
        this.mainButton.textContent = String(d.text ?? "");
        if (typeof d.color === "string") this.mainButton.style.background = d.color;
        if (typeof d.text_color === "string") this.mainButton.style.color = d.text_color;
        break;
      case "web_app_setup_back_button":
        this.backButton.hidden = !d.is_visible;
        break;
      case "web_app_open_link":
      case "web_app_open_tg_link":
        if (typeof d.url === "string") window.open(d.url, "_blank", "noopener");
        break;
      case "web_app_request_viewport":
        this.toApp("viewport_changed", { height: this.frame.clientHeight, width: this.frame.clientWidth, is_expanded: true, is_state_stable: true });
        break;
      case "web_app_open_popup": {
        const buttons = (d.buttons as Array<{ id?: string; type?: string }> | undefined) ?? [];
        const ok = window.confirm(`${String(d.title ?? "")}\n${String(d.message ?? "")}`);
        const chosen = ok ? buttons.find((b) => b.type !== "cancel" && b.type !== "close") : buttons.find((b) => b.type === "cancel" || b.type === "close");
        this.toApp("popup_closed", chosen?.id ? { button_id: chosen.id } : {});
        break;
      }
    }
  }
}

/** A photo as Telegram would send it: at most 1280 px on the long side, JPEG. */
async function shrink(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1280 / Math.max(bitmap.width, bitmap.height));
  const canvas = el("canvas", { width: String(Math.round(bitmap.width * scale)), height: String(Math.round(bitmap.height * scale)) });
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL("image/jpeg", 0.85);
}

// ---------------------------------------------------------------------------
// The page

const customerLanguage = el("select", { "aria-label": t("sb-customer-language"), title: t("sb-customer-language") });
for (const l of LANGUAGES) customerLanguage.appendChild(el("option", { value: l }, LANGUAGE_NAMES[l]));
const newCustomerButton = el("button", { type: "button", class: "small" }, icon("plus"), t("sb-new-customer"));
const customerTools = el("span", { class: "phone-tools" }, customerLanguage, newCustomerButton);

const phones = {
  customer: new Phone("customer", customerTools),
  agent: new Phone("agent", null),
  supervisor: new Phone("supervisor", null),
};

const clockText = (minutes: number) => (minutes > 0 ? t("sb-clock-ahead", { minutes }) : t("sb-clock-now"));
const clockLabel = el("span", { class: "clock", "aria-live": "polite" }, clockText(0));
const laterButton = el("button", { type: "button", title: t("sb-later-title") }, icon("later"), t("sb-later"));
laterButton.addEventListener("click", () => void post("clock", { minutes: 30 }));
const pageLanguageSelect = el("select", { "aria-label": t("sb-page-language"), title: t("sb-page-language") });
for (const l of LANGUAGES) pageLanguageSelect.appendChild(el("option", { value: l, ...(l === lang ? { selected: "" } : {}) }, LANGUAGE_NAMES[l]));
pageLanguageSelect.addEventListener("change", () => {
  const url = new URL(location.href);
  url.searchParams.set("lang", pageLanguageSelect.value);
  location.href = url.toString();
});
const banner = el("div", { class: "banner", role: "alert", hidden: "" }, t("sb-connection-lost"));

const tourList = el("div", { class: "tour-list" });
const tourLog = el("ol", { class: "tour-log", "aria-live": "polite" });
const tourStop = el("button", { type: "button", class: "small", hidden: "" }, t("sb-tour-stop"));
const tourPanel = el(
  "aside",
  { class: "tour", "aria-label": t("sb-tour") },
  el("h2", {}, t("sb-tour")),
  el("p", { class: "hint" }, t("sb-tour-pick")),
  tourList,
  tourStop,
  tourLog,
);

document
  .getElementById("sandbox")!
  .append(
    el(
      "header",
      { class: "top" },
      el("div", {}, el("h1", {}, t("sb-title")), el("p", {}, t("sb-intro"))),
      el("div", { class: "top-tools" }, clockLabel, laterButton, pageLanguageSelect),
    ),
    banner,
    el("main", { class: "stage" }, phones.customer.root, phones.agent.root, phones.supervisor.root, tourPanel),
  );

const CUSTOMER_KEY = "sandbox-customer";

async function newCustomer(language: Language): Promise<SandboxUser> {
  const user = await post<SandboxUser>("customers", { lang: language });
  state.users.set(user.id, user);
  sessionStorage.setItem(CUSTOMER_KEY, String(user.id));
  customerLanguage.value = language;
  phones.customer.setUser(user, "");
  return user;
}

customerLanguage.addEventListener("change", () => void newCustomer(customerLanguage.value as Language));
newCustomerButton.addEventListener("click", () => void newCustomer(customerLanguage.value as Language));

function phonesOf(chatId: number): Phone[] {
  return Object.values(phones).filter((p) => p.userId === chatId);
}

function onEvent(e: SandboxEvent) {
  switch (e.type) {
    case "snapshot": {
      state.snapshot = e.state;
      state.chats = new Map(Object.entries(e.state.chats).map(([id, list]) => [Number(id), list]));
      state.users = new Map(e.state.users.map((u) => [u.id, u]));
      clockLabel.textContent = clockText(e.state.clockOffsetMinutes);
      phones.agent.setUser(e.state.agent, "");
      phones.supervisor.setUser(e.state.supervisor, "");
      const kept = Number(sessionStorage.getItem(CUSTOMER_KEY));
      const existing = state.users.get(kept);
      if (existing && existing.id !== e.state.agent.id && existing.id !== e.state.supervisor.id) {
        customerLanguage.value = existing.language_code;
        phones.customer.setUser(existing, "");
      } else {
        void newCustomer(lang);
      }
      ready.resolve();
      break;
    }
    case "user":
      state.users.set(e.user.id, e.user);
      break;
    case "message": {
      const list = state.chats.get(e.chatId) ?? [];
      list.push(e.message);
      state.chats.set(e.chatId, list);
      for (const p of phonesOf(e.chatId)) p.added(e.message);
      for (const l of listeners) l(e.chatId, e.message);
      break;
    }
    case "edit": {
      const list = state.chats.get(e.chatId) ?? [];
      const at = list.findIndex((m) => m.message_id === e.message.message_id);
      if (at >= 0) list[at] = e.message;
      for (const p of phonesOf(e.chatId)) p.changed(e.message);
      for (const l of listeners) l(e.chatId, e.message);
      break;
    }
    case "delete": {
      state.chats.set(
        e.chatId,
        (state.chats.get(e.chatId) ?? []).filter((m) => !e.messageIds.includes(m.message_id)),
      );
      for (const p of phonesOf(e.chatId)) p.removed(e.messageIds);
      break;
    }
    case "reaction": {
      state.reactions.set(e.messageId, e.emoji);
      const m = state.chats.get(e.chatId)?.find((x) => x.message_id === e.messageId);
      if (m) for (const p of phonesOf(e.chatId)) p.changed(m);
      break;
    }
    case "toast":
      for (const p of phonesOf(e.chatId)) p.showToast(e.text, e.alert);
      break;
    case "clock":
      clockLabel.textContent = clockText(e.offsetMinutes);
      break;
    case "typing":
      break;
  }
}

let resolveReady!: () => void;
const ready = { promise: new Promise<void>((r) => (resolveReady = r)), resolve: () => resolveReady() };

const events = new EventSource("/sandbox/api/events");
events.onmessage = (m) => {
  banner.hidden = true;
  onEvent(JSON.parse(m.data as string) as SandboxEvent);
};
events.onerror = () => {
  banner.hidden = false;
};

// ---------------------------------------------------------------------------
// The guided tour: scripted scenarios that play one side while the visitor plays the other.

let running: AbortController | null = null;

function narrate(text: string, kind: "step" | "done" = "step") {
  tourLog.appendChild(el("li", { class: kind }, text));
  tourLog.scrollTop = tourLog.scrollHeight;
}

function kit(signal: AbortSignal): TourKit {
  const customerT = () => translator(phones.customer.userId ? (state.users.get(phones.customer.userId)?.language_code ?? lang) : lang);
  const check = () => {
    if (signal.aborted) throw new DOMException("stopped", "AbortError");
  };
  return {
    t,
    tc: (id, args) => customerT()(id, args),
    narrate: (text) => {
      check();
      narrate(text);
    },
    customer: () => phones.customer.userId,
    agent: () => phones.agent.userId,
    newCustomer: async () => {
      check();
      const language = isLanguage(customerLanguage.value) ? customerLanguage.value : lang;
      return (await newCustomer(language)).id;
    },
    say: async (userId, text, replyTo) => {
      check();
      await new Promise((r) => setTimeout(r, 700));
      return post<{ messageId: number }>("send", { userId, text, ...(replyTo ? { replyTo } : {}) }).then((r) => r.messageId);
    },
    press: async (userId, messageId, data) => {
      check();
      await new Promise((r) => setTimeout(r, 700));
      await post("press", { userId, messageId, data });
    },
    later: async (minutes) => {
      check();
      await post("clock", { minutes });
    },
    waitFor: (chatId, predicate, afterId) =>
      new Promise<ChatMessage>((resolve, reject) => {
        const seen = (state.chats.get(chatId) ?? []).find((m) => m.message_id > afterId && predicate(m));
        if (seen) return resolve(seen);
        const listener = (id: number, m: ChatMessage) => {
          if (id === chatId && m.message_id > afterId && predicate(m)) {
            listeners.delete(listener);
            resolve(m);
          }
        };
        listeners.add(listener);
        signal.addEventListener("abort", () => {
          listeners.delete(listener);
          reject(new DOMException("stopped", "AbortError"));
        });
      }),
    lastId: (chatId) => state.chats.get(chatId)?.at(-1)?.message_id ?? 0,
  };
}

for (const tour of TOURS) {
  const button = el(
    "button",
    { type: "button", class: "tour-button" },
    el("b", {}, t(tour.id)),
    el("small", {}, `${t(tour.id + "-about")} · ${t(tour.visitor === "agent" ? "sb-tour-you-agent" : "sb-tour-you-customer")}`),
  );
  button.addEventListener("click", () => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    tourLog.replaceChildren();
    tourStop.hidden = false;
    narrate(t(`${tour.id}-about`));
    void ready.promise
      .then(() => tour.run(kit(controller.signal)))
      .then(
        () => narrate(t("sb-tour-done"), "done"),
        (err: unknown) => {
          if (!(err instanceof DOMException && err.name === "AbortError")) narrate(String(err instanceof Error ? err.message : err), "done");
        },
      )
      .finally(() => {
        if (running === controller) {
          running = null;
          tourStop.hidden = true;
        }
      });
  });
  tourList.appendChild(button);
}
tourStop.addEventListener("click", () => running?.abort());
