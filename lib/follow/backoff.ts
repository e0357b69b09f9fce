/** Attempts before a delivery is given up (DEAD): the last comes about three hours after the first. */
export const MAX_ATTEMPTS = 10;

const BASE_MS = 30_000;
const CAP_MS = 60 * 60_000;

/**
 * How long to wait after the `attempts`-th failed attempt: 30 s, 1, 2, 4, 8 … minutes, at most an hour,
 * less up to a fifth at random so that messages failing together do not come back together.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exact = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exact * (1 - 0.2 * random()));
}
