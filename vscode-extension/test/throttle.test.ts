import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Clock, Throttle } from "../src/throttle";

/** A clock the test moves by hand. */
class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 0;
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.nextId;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }
  /** Moves time on, firing due timers in order, letting awaited tasks settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) {
        break;
      }
      this.timers.shift();
      this.time = next.at;
      next.callback();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
  }
}

describe("Throttle", () => {
  it("runs at once, then at most once per interval, and always after the last trigger", async () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const throttle = new Throttle(async () => void runs.push(clock.now()), 250, clock);
    // A key every 33 ms for one second.
    for (let t = 0; t <= 1000; t += 33) {
      await clock.advance(t - clock.time);
      throttle.trigger();
    }
    await clock.advance(1000);
    assert.equal(runs[0], 0);
    for (let i = 1; i < runs.length; i++) {
      assert.ok(runs[i] - runs[i - 1] >= 250, `runs ${runs[i - 1]} and ${runs[i]} are too close`);
    }
    assert.ok(runs.length <= 6, `${runs.length} runs in about a second`);
    const lastTrigger = 990;
    assert.ok(runs[runs.length - 1] >= lastTrigger, `no run after the last trigger: ${runs}`);
    assert.ok(runs[runs.length - 1] - lastTrigger <= 250);
  });

  it("never overlaps runs and runs once more for triggers during a run", async () => {
    const clock = new FakeClock();
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    let release: () => void = () => undefined;
    const throttle = new Throttle(
      () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        return new Promise<void>((resolve) => {
          release = () => {
            active--;
            resolve();
          };
        });
      },
      100,
      clock,
    );
    throttle.trigger();
    await clock.advance(500);
    throttle.trigger();
    throttle.trigger();
    assert.equal(runs, 1);
    release();
    await clock.advance(500);
    assert.equal(runs, 2);
    release();
    await clock.advance(500);
    assert.equal(runs, 2);
    assert.equal(maxActive, 1);
  });

  it("keeps running after a failing task and stops when disposed", async () => {
    const clock = new FakeClock();
    let runs = 0;
    const throttle = new Throttle(
      async () => {
        runs++;
        throw new Error("boom");
      },
      100,
      clock,
    );
    throttle.trigger();
    await clock.advance(200);
    throttle.trigger();
    await clock.advance(200);
    assert.equal(runs, 2);
    throttle.trigger();
    await clock.advance(10);
    throttle.trigger();
    throttle.dispose();
    await clock.advance(500);
    assert.equal(runs, 3);
  });
});
