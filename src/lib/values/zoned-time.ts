/**
 * Date-times as contributors write them: a wall-clock time plus either a UTC
 * offset (`2026-12-05T09:00+07:00`) or an IANA zone in brackets
 * (`2026-12-05T09:00[Asia/Vientiane]`), or both (RFC 9557). A time without
 * either is ambiguous for a network spread over zones, so it is refused.
 */

import { dateTimeFormat } from './intl-locale.ts';

export const zonedDateTimeExample = '2026-12-05T09:00+07:00';
export const zonedDateTimeExpected = `a date and time with a UTC offset or a time zone, like ${zonedDateTimeExample} or 2026-12-05T09:00[Asia/Vientiane]`;

const pattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))?(?:\[([^\]]+)\])?$/;

export type ZonedParse = { ok: true; instant: Date; zone?: string } | { ok: false; expected: string };

/** True when the runtime's time zone database knows `zone`. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

/** The offset of `zone` from UTC at `instant`, in minutes (east positive). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
	const parts = dateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `zone` shows the given local time. */
function instantFromWallClock(wallClockUtcMs: number, zone: string): Date {
	// Two passes settle the offset on either side of a daylight-saving change.
	let guess = wallClockUtcMs - zoneOffsetMinutes(zone, new Date(wallClockUtcMs)) * 60000;
	guess = wallClockUtcMs - zoneOffsetMinutes(zone, new Date(guess)) * 60000;
	return new Date(guess);
}

function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function parseZonedDateTime(text: string): ZonedParse {
	const match = pattern.exec(text.trim());
	if (!match) return { ok: false, expected: zonedDateTimeExpected };
	const [, y, mo, d, h, mi, s = '0', z, sign, oh, om, zone] = match;
	const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const check = new Date(wall);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
		return { ok: false, expected: `a real calendar date and time (${text} does not exist)` };
	}
	const hasOffset = z !== undefined || sign !== undefined;
	if (!hasOffset && zone === undefined) {
		return { ok: false, expected: zonedDateTimeExpected };
	}
	if (zone !== undefined && !isTimeZone(zone)) {
		return { ok: false, expected: `a known time zone such as Asia/Vientiane or Africa/Lagos (not ${zone})` };
	}
	if (hasOffset) {
		const offset = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
		const instant = new Date(wall - offset * 60000);
		if (zone !== undefined) {
			const zoneOffset = zoneOffsetMinutes(zone, instant);
			if (zoneOffset !== offset) {
				return {
					ok: false,
					expected: `an offset that matches ${zone} on that date (${formatOffset(zoneOffset)}, not ${formatOffset(offset)})`,
				};
			}
		}
		return zone === undefined ? { ok: true, instant } : { ok: true, instant, zone };
	}
	return { ok: true, instant: instantFromWallClock(wall, zone!), zone: zone! };
}

/** `2026-12-05T09:00+07:00`: the wall clock in `zone` with its offset, as contributors write it. */
export function formatZonedDateTime(instant: Date, zone: string): string {
	const offset = zoneOffsetMinutes(zone, instant);
	const local = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 16);
	return `${local}${formatOffset(offset)}`;
}
