// npm run bench:open reads the page's main-thread tasks in CPU time from a Chromium trace: only the renderer's
// main thread, only tasks of 50 ms or more, and no figure at all when the trace carries no thread times.
import { describe, expect, it } from 'vitest';
import { mainThreadCpuTasks, type TraceEvent } from '../../scripts/lib/bench/open.ts';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
const task = (pid: number, tid: number, dur: number, tdur?: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});

describe('mainThreadCpuTasks', () => {
  it("keeps the renderer main thread's tasks of 50 ms or more of CPU time, in ms", () => {
    const events = [
      thread(1, 10, 'CrRendererMain'),
      thread(1, 11, 'DedicatedWorker thread'),
      thread(2, 20, 'CrBrowserMain'),
      task(1, 10, 400_000, 180_000),
      task(1, 10, 90_000, 40_000),
      task(1, 11, 900_000, 900_000),
      task(2, 20, 300_000, 300_000),
      { name: 'RunTask', ph: 'X', pid: 1, tid: 10, dur: 500_000, tdur: 500_000 },
    ];
    expect(mainThreadCpuTasks(events)).toEqual([180]);
  });

  it('says nothing when the trace has no thread times', () => {
    expect(mainThreadCpuTasks([thread(1, 10, 'CrRendererMain'), task(1, 10, 400_000)])).toBeNull();
    expect(mainThreadCpuTasks([])).toBeNull();
  });
});
