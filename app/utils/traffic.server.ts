import type { NextFunction, Request, Response } from "express";

/**
 * How many requests the server is answering right now, so that background work (the outbox
 * deliverer) can step aside while people wait for pages and seats. One process, one counter.
 */
let inFlight = 0;
let waiters: (() => void)[] = [];

function ended() {
  inFlight = Math.max(0, inFlight - 1);
  if (inFlight > 0) return;
  const ready = waiters;
  waiters = [];
  for (const resolve of ready) resolve();
}

/** Express middleware, first in the chain: counts a request from its arrival until its answer is sent or abandoned. */
export function countRequests(_req: Request, res: Response, next: NextFunction) {
  inFlight++;
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    ended();
  };
  res.once("finish", end);
  res.once("close", end);
  next();
}

export const requestsInFlight = () => inFlight;

/**
 * Resolves once no request is in flight, or at `deadline` (a `Date.now()` instant) at the latest:
 * under steady traffic background work still runs, only later.
 */
export function quietOrAt(deadline: number): Promise<void> {
  if (inFlight === 0 || Date.now() >= deadline) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, deadline - Date.now());
    timer.unref();
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** For tests: a request that starts and one that ends, without Express. */
export const trafficForTests = {
  start: () => void inFlight++,
  end: ended,
};
