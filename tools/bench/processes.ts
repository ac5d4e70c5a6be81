/**
 * The processes of this machine as Linux's /proc describes them. The bench samples the build's
 * process tree from here, from outside the build: its memory, and its Pagefind processes' memory
 * and CPU time, which `time -v` cannot see (their service is killed, not waited for).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process as /proc/<pid>/status describes it. */
export interface ProcessSample {
  pid: number;
  ppid: number;
  /** The executable's name, as the kernel shortens it (15 characters). */
  name: string;
  /** Resident memory now. */
  rssBytes: number;
  /** The peak of resident memory so far (VmHWM). */
  peakRssBytes: number;
  /** CPU time so far, user and system (/proc/<pid>/stat); 0 where it could not be read. */
  cpuSeconds: number;
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on Linux's usual builds. */
const TICKS = 100;

/** User and system CPU time from a /proc/<pid>/stat line (fields 14 and 15, after the command in parentheses). */
export function parseProcStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS || 0;
}

/** Reads a /proc/<pid>/status file; undefined for one without the fields (a zombie has no VmRSS). */
export function parseProcStatus(status: string): ProcessSample | undefined {
  const field = (name: string) => new RegExp(`^${name}:\\s*(\\S+)`, 'mu').exec(status)?.[1];
  const [pid, ppid, name, rssKb, peakKb] = ['Pid', 'PPid', 'Name', 'VmRSS', 'VmHWM'].map(field);
  if (pid === undefined || ppid === undefined || name === undefined || rssKb === undefined) return undefined;
  return {
    pid: Number(pid),
    ppid: Number(ppid),
    name,
    rssBytes: Number(rssKb) * 1024,
    peakRssBytes: Number(peakKb ?? rssKb) * 1024,
    cpuSeconds: 0,
  };
}

/** Every process now (empty where there is no /proc). */
export function readProcesses(): ProcessSample[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      const sample = parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (!sample) return [];
      return [{ ...sample, cpuSeconds: parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8')) }];
    } catch {
      return []; // the process ended between the listing and the read
    }
  });
}
