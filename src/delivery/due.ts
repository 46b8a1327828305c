import type {
  DeliveryKey,
  DeliveryKind,
  DeliveryRecord,
  DeliveryStatus,
  Subscription,
} from '../storage/store.js';
import { isWorldChildrensDay, type LocalDate, localDate, localTime } from '../time.js';

/** One post that should go out now. */
export interface DuePost {
  subscription: Subscription;
  key: DeliveryKey;
  /** The wall-clock time in the subscription's zone at the moment it was found due. */
  localTime: string;
  /** The ledger row so far: undefined for a first try, `failed` for a retry, `claimed` if another run holds it. */
  previous: DeliveryStatus | undefined;
}

export function kindOn(date: LocalDate): DeliveryKind {
  return isWorldChildrensDay(date) ? 'world-childrens-day' : 'daily';
}

export const deliveryKeyId = (key: DeliveryKey): string =>
  `${key.platform}\u0000${key.chatId}\u0000${key.localDate}\u0000${key.kind}`;

/** The local dates `now` falls on across these subscriptions' zones: the ledger rows that matter. */
export function localDateRange(subscriptions: readonly Subscription[], now: Date): [LocalDate, LocalDate] {
  const dates = [...new Set(subscriptions.map((s) => s.timeZone))].map((zone) => localDate(now, zone)).sort();
  return [dates[0] ?? localDate(now, 'UTC'), dates[dates.length - 1] ?? localDate(now, 'UTC')];
}

/**
 * What is due at `now`: each active subscription whose local time has come on its local date, unless that
 * date's post is already sent, the destination is gone, or the day's attempts are used up. Only today's
 * local date is ever looked at, so a day missed while the bot was down is never sent later.
 */
export function duePosts(
  subscriptions: readonly Subscription[],
  ledger: readonly DeliveryRecord[],
  now: Date,
  maxAttemptsPerDay: number,
): DuePost[] {
  const rows = new Map(ledger.map((row) => [deliveryKeyId(row), row]));
  const clocks = new Map<string, { date: LocalDate; time: string }>();
  const due: DuePost[] = [];
  for (const subscription of subscriptions) {
    if (!subscription.active) continue;
    let clock = clocks.get(subscription.timeZone);
    if (!clock) {
      clock = { date: localDate(now, subscription.timeZone), time: localTime(now, subscription.timeZone) };
      clocks.set(subscription.timeZone, clock);
    }
    if (clock.time < subscription.time) continue;
    const key: DeliveryKey = {
      platform: subscription.platform,
      chatId: subscription.chatId,
      localDate: clock.date,
      kind: kindOn(clock.date),
    };
    const row = rows.get(deliveryKeyId(key));
    if (row && !stillToSend(row, maxAttemptsPerDay)) continue;
    due.push({ subscription, key, localTime: clock.time, previous: row?.status });
  }
  return due;
}

function stillToSend(row: DeliveryRecord, maxAttemptsPerDay: number): boolean {
  if (row.status === 'failed') return row.attempts < maxAttemptsPerDay;
  return row.status === 'claimed';
}
