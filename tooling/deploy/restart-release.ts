// The restart command of the deploy test and bench:deploy, doing what systemd does for deploy/operators-log.service:
// stop the running server (SIGTERM, then SIGKILL after 10 s), then start `node server.js` from <root>/current as
// the service user, with the unit's Environment= settings and <root>/operators-log.env. It returns once the new
// process is started, as `systemctl restart` does; whether it is healthy is the deploy's to find out.
//   npx tsx tooling/deploy/restart-release.ts <root> <user>
import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serviceEnvironment } from "./service-env";
import { stopGroup } from "./stop-group";

const [root, user] = process.argv.slice(2) as [string, string];
const pidFile = path.join(root, "service.pid");

// As the header says: SIGTERM, then SIGKILL after 10 s.
if (existsSync(pidFile)) await stopGroup(Number(readFileSync(pidFile, "utf8")), 10_000);
const cwd = realpathSync(path.join(root, "current"));
const env: Record<string, string> = {
  PATH: process.env.PATH ?? "",
  ...serviceEnvironment("deploy/operators-log.service", path.join(root, "operators-log.env")),
};
const asRoot = process.getuid?.() === 0;
const [command, args]: [string, string[]] = asRoot
  ? ["runuser", ["-u", user, "--", process.execPath, "server.js"]]
  : [process.execPath, ["server.js"]];
const log = openSync(path.join(root, "service.log"), "a");
const child = spawn(command, args, { cwd, env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", log, log] });
writeFileSync(pidFile, String(child.pid));
child.unref();
