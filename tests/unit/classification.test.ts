import { describe, expect, it } from "vitest";
import { classify } from "../../src/domain/classification/classify.js";
import { routeTicket } from "../../src/domain/routing/queue-choice.js";

describe("classify", () => {
  it.each([
    ["My card was declined when I tried to pay", "payment"],
    ["Не могу войти в аккаунт, пароль не подходит", "account"],
    ["How do I export a report?", "feature"],
    ["How do I change my email?", "account"],
    ["I have a suggestion: please add dark mode", "idea"],
    ["我的退款什么时候到账", "payment"],
    ["비밀번호를 잊어버렸어요 로그인이 안 돼요", "account"],
    ["ลืมรหัสผ่าน เข้าสู่ระบบไม่ได้", "account"],
    ["لا أستطيع تسجيل الدخول إلى حسابي", "account"],
    ["Hesabıma giriş edə bilmirəm, şifrə səhvdir", "account"],
  ])("%s -> %s", (text, topic) => {
    expect(classify(text).topic).toBe(topic);
  });

  it("finds nothing in small talk", () => {
    const c = classify("hello there");
    expect(c.topic).toBeNull();
    expect(c.handoff).toBeNull();
  });

  it.each([
    ["My account was hacked!", "security"],
    ["Меня взломали", "security"],
    ["payment failed but money gone", "payment"],
    ["转人工", "operator"],
    ["I want to talk to a human", "operator"],
    ["This is the worst service ever", "negative"],
  ])("hands %s to a person (%s)", (text, reason) => {
    expect(classify(text).handoff?.reason).toBe(reason);
  });
});

describe("routeTicket", () => {
  it("sends security and payment alarms to Security/Payments as critical", () => {
    const handoff = classify("someone hacked my account").handoff;
    expect(routeTicket("account", handoff, false)).toEqual({ queue: "SECURITY", priority: "critical" });
  });
  it("puts a VIP into the VIP queue with at least high priority", () => {
    expect(routeTicket("idea", null, true)).toEqual({ queue: "VIP", priority: "high" });
  });
  it("keeps the topic's queue for an operator request but raises priority", () => {
    expect(routeTicket("account", classify("operator please").handoff, false)).toEqual({ queue: "L2", priority: "high" });
  });
  it("uses the topic's defaults otherwise", () => {
    expect(routeTicket("payment", null, false)).toEqual({ queue: "L1", priority: "normal" });
  });
});
