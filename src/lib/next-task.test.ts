import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves after the current task, behind the promise jobs already queued', async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('promise job'));
    order.push('current task');
    await waited;
    expect(order).toEqual(['current task', 'promise job', 'next task']);
  });

  it('resolves while timers are frozen (a fake clock never fires a timeout)', async () => {
    vi.useFakeTimers();
    let timedOut = false;
    setTimeout(() => (timedOut = true), 0);
    await nextTask();
    expect(timedOut).toBe(false);
  });
});
