/**
 * Resolves in a new task of the event loop, so work after it runs apart from the task that
 * awaited it: a phone's main thread gets to handle input and paint in between. A message
 * channel rather than a timer: it is not clamped, and it still resolves when timers are paused
 * (a test's fake clock, a page frozen at one moment).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
