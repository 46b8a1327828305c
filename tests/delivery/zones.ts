import { localTime } from '../../src/time.js';

/** A zone where it is now well inside the day, so a test that runs on the real clock sees one local date. */
export function zoneAwayFromMidnight(now: Date): string {
  const zones = ['UTC', 'Asia/Almaty', 'America/New_York', 'Asia/Tokyo'];
  const zone = zones.find((z) => {
    const hour = Number(localTime(now, z).slice(0, 2));
    return hour >= 1 && hour <= 22;
  });
  if (!zone) throw new Error('no zone away from midnight');
  return zone;
}
