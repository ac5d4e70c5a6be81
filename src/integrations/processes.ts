/**
 * The processes of this machine as Linux's /proc describes them. The build measures its Pagefind
 * processes (whose memory `time -v` cannot see: their service is killed, not waited for) and the
 * bench the build's whole process tree, both from here.
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
      return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8')) ?? [];
    } catch {
      return []; // the process ended between the listing and the read
    }
  });
}
