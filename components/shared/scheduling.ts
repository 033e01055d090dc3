// When work runs: the elements keep every task short (no long task while the bundle loads or a big page renders)
// and put what the user is waiting for first.

/** Resolves in a task of its own (a message, not a timer: timers are throttled in background tabs). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(null);
  });
}

/** Resolves when the browser is idle (at the latest after `timeout` ms); a task where idle callbacks do not exist. */
export function whenIdle(timeout = 200): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout }));
}

/**
 * Runs `task` after the next paint (a frame, then a task). In a hidden tab nothing is painted and frames do not
 * come: the next task then (timers there are throttled to one a second or less).
 */
export function afterNextPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') {
    void nextTask().then(task);
    return;
  }
  let done = false;
  const run = () => {
    if (!done) (done = true), task();
  };
  requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, 100);
}

/**
 * Gives the browser a turn between two slices of work: input, paints and other tasks go first. `scheduler.yield()`
 * where it exists (the rest of the work keeps its place in the queue); elsewhere after the next paint.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function' && document.visibilityState !== 'hidden') return scheduler.yield();
  return new Promise((resolve) => afterNextPaint(resolve));
}
