// Long tasks from a Chromium trace: the page's main-thread tasks ('toplevel' category), placed in page time
// (ms from navigation start) by the page's user-timing mark `bench:sync`, and the longest task and total blocking
// time of those that overlap a stretch of time.

/** Trace categories: top-level tasks, the page's user-timing marks and thread names (little overhead). */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/** What counts as a long task (the Long Tasks API's and Total Blocking Time's threshold), in ms. */
export const LONG_TASK_MS = 50;

/**
 * The top-level tasks of the thread that made the mark `bench:sync` (the page's main thread) as
 * `{ start, duration }` in page time, given the mark's time in the page (`performance.mark(...).startTime`).
 * Throws when the trace has no such mark.
 */
export function mainThreadTasks(traceEvents, syncAt) {
  const sync = traceEvents.find((event) => event.name === 'bench:sync');
  if (!sync) throw new Error('the trace has no bench:sync mark');
  const origin = sync.ts - syncAt * 1000; // navigation start, in trace microseconds
  return traceEvents
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.name === 'ThreadControllerImpl::RunTask' &&
        event.pid === sync.pid &&
        event.tid === sync.tid,
    )
    .map((event) => ({ start: (event.ts - origin) / 1000, duration: event.dur / 1000 }));
}

/** The longest task and the total blocking time (sum of each task's time over 50 ms) of tasks meeting [from, to]. */
export function blocking(tasks, from, to) {
  let longest = 0;
  let total = 0;
  for (const { start, duration } of tasks) {
    if (start + duration <= from || start >= to) continue;
    longest = Math.max(longest, duration);
    total += Math.max(0, duration - LONG_TASK_MS);
  }
  return { longest, total };
}
