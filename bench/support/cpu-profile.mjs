// Preloaded with `--import` (NODE_OPTIONS) to record a V8 CPU profile of a whole process and write
// it to CPU_PROFILE_DIR on exit: Node 20 refuses --cpu-prof in NODE_OPTIONS, and the desks the
// benchmarks start are child processes whose command line they do not choose.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  // A same-thread inspector session answers synchronously, so this works inside "exit".
  process.on("exit", () => {
    session.post("Profiler.stop", (err, result) => {
      if (err) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `desk-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
