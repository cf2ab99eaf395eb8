// Stopping a server started detached (its own process group) by pid, as the trial root's restart command and
// its clean-up both must: the group may hold npx, node and next-server.

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

const signalGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal);
  } catch {
    // gone
  }
};

/** SIGTERM and up to `graceMs` to finish (none: straight to SIGKILL), then SIGKILL; returns once the group is gone (or after 10 s). */
export async function stopGroup(pid: number, graceMs: number): Promise<void> {
  const waitGone = async (ms: number) => {
    for (let waited = 0; waited < ms && groupAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  };
  if (graceMs > 0) {
    signalGroup(pid, "SIGTERM");
    await waitGone(graceMs);
  }
  signalGroup(pid, "SIGKILL");
  await waitGone(10_000);
}
