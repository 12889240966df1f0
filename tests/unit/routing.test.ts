import { describe, expect, it } from "vitest";
import { chooseAssignee } from "../../src/domain/routing/assignment.js";
import { compareInQueue, queueRank, topicRank } from "../../src/domain/routing/priority.js";

describe("priority order inside a queue", () => {
  const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 9, min));
  const t = (id: number, priority: "critical" | "high" | "normal" | "low", vip: boolean, min: number, topic = "other") => ({
    id,
    queueRank: queueRank(priority, vip),
    topicRank: topicRank(topic),
    createdAt: at(min),
  });

  it("puts critical before VIP before waiting time before topic", () => {
    const tickets = [
      t(1, "normal", false, 0, "idea"),
      t(2, "normal", true, 30),
      t(3, "critical", false, 50),
      t(4, "normal", false, 0, "payment"),
      t(5, "low", false, 1),
      t(6, "high", false, 40),
      t(7, "normal", false, 10),
    ];
    expect([...tickets].sort(compareInQueue).map((x) => x.id)).toEqual([3, 2, 6, 4, 1, 7, 5]);
  });

  it("never lowers a critical VIP ticket", () => {
    expect(queueRank("critical", true)).toBe(0);
    expect(queueRank("low", true)).toBe(1);
  });
});

describe("chooseAssignee", () => {
  it("takes the least-loaded agent with room", () => {
    expect(
      chooseAssignee(
        [
          { staffId: 1, load: 3, limit: 5 },
          { staffId: 2, load: 1, limit: 5 },
          { staffId: 3, load: 2, limit: 5 },
        ],
        null,
      ),
    ).toBe(2);
  });
  it("keeps a returning customer with their previous agent when they have room", () => {
    expect(
      chooseAssignee(
        [
          { staffId: 1, load: 4, limit: 5 },
          { staffId: 2, load: 0, limit: 5 },
        ],
        1,
      ),
    ).toBe(1);
  });
  it("moves on when the previous agent is full", () => {
    expect(
      chooseAssignee(
        [
          { staffId: 1, load: 5, limit: 5 },
          { staffId: 2, load: 4, limit: 5 },
        ],
        1,
      ),
    ).toBe(2);
  });
  it("returns nobody when everyone is at their limit", () => {
    expect(chooseAssignee([{ staffId: 1, load: 2, limit: 2 }], null)).toBeNull();
    expect(chooseAssignee([], null)).toBeNull();
  });
  it("breaks ties by relative load, then by id", () => {
    expect(
      chooseAssignee(
        [
          { staffId: 5, load: 2, limit: 10 },
          { staffId: 4, load: 2, limit: 3 },
        ],
        null,
      ),
    ).toBe(5);
    expect(
      chooseAssignee(
        [
          { staffId: 9, load: 0, limit: 5 },
          { staffId: 8, load: 0, limit: 5 },
        ],
        null,
      ),
    ).toBe(8);
  });
});
