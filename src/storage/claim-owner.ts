import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * `${hostname}:${pid}:${random}`: who holds a delivery claim. The random part tells two runs of the same
 * pid apart (a container's process is pid 1 on every start); host and pid let a later run on the same host
 * see that the claimant is gone.
 */
export function newClaimOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * True only when the owner certainly no longer runs: it was on this host and its pid is free, or its pid is
 * this very process (so it was an earlier run). Owners on other hosts are never judged here; their claims
 * are taken over when their lease runs out.
 */
export function isDeadClaimOwner(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  if (host !== hostname()) return false;
  const pid = Number(pidText);
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the pid runs under another user, so something is alive there.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
