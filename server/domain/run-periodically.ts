/**
 * Runs `task` every `intervalMs` until the returned function is called. A run that is still going
 * when the next is due is not doubled up; errors go to `onError` and the timer keeps going. The
 * timer does not keep the process alive.
 */
export function runPeriodically(task: () => Promise<unknown>, intervalMs: number, onError: (err: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
