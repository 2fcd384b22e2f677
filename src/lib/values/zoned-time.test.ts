import { describe, expect, it } from 'vitest';
import { formatZonedDateTime, isTimeZone, parseZonedDateTime, zoneOffsetMinutes } from './zoned-time.ts';

const instant = (text: string) => {
	const parsed = parseZonedDateTime(text);
	if (!parsed.ok) throw new Error(parsed.expected);
	return parsed.instant.toISOString();
};

describe('parseZonedDateTime', () => {
	it('reads a UTC offset, with or without seconds and colon', () => {
		expect(instant('2026-12-05T09:00+07:00')).toBe('2026-12-05T02:00:00.000Z');
		expect(instant('2026-12-05T09:00:30+0700')).toBe('2026-12-05T02:00:30.000Z');
		expect(instant('2026-12-05 09:00Z')).toBe('2026-12-05T09:00:00.000Z');
		expect(instant('2026-12-05T09:00-05:30')).toBe('2026-12-05T14:30:00.000Z');
	});

	it('reads an IANA zone in brackets, through daylight-saving changes', () => {
		expect(instant('2026-12-05T09:00[Asia/Vientiane]')).toBe('2026-12-05T02:00:00.000Z');
		expect(instant('2026-07-01T09:00[Europe/London]')).toBe('2026-07-01T08:00:00.000Z');
		expect(instant('2026-01-15T09:00[Europe/London]')).toBe('2026-01-15T09:00:00.000Z');
		expect(instant('2026-03-08T03:30[America/New_York]')).toBe('2026-03-08T07:30:00.000Z');
	});

	it('accepts an offset and a zone together when they agree, and says so when they do not', () => {
		expect(instant('2026-12-05T09:00+07:00[Asia/Vientiane]')).toBe('2026-12-05T02:00:00.000Z');
		expect(parseZonedDateTime('2026-12-05T09:00+01:00[Asia/Vientiane]')).toEqual({
			ok: false,
			expected: 'an offset that matches Asia/Vientiane on that date (+07:00, not +01:00)',
		});
	});

	it('refuses a time without a zone, since the network spans zones', () => {
		const result = parseZonedDateTime('2026-12-05T09:00');
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.expected).toMatch(/with a UTC offset or a time zone/);
	});

	it('refuses dates that do not exist and zones that are unknown', () => {
		expect(parseZonedDateTime('2026-02-30T09:00+07:00')).toEqual({
			ok: false,
			expected: 'a real calendar date and time (2026-02-30T09:00+07:00 does not exist)',
		});
		expect(parseZonedDateTime('2026-12-05T09:00[Asia/Atlantis]').ok).toBe(false);
		expect(parseZonedDateTime('5 December 2026, 9am').ok).toBe(false);
	});
});

describe('the edges of a date-time', () => {
	it('ignores spaces around it but nothing else before or after it', () => {
		expect(instant('  2026-12-05T09:00Z \n')).toBe('2026-12-05T09:00:00.000Z');
		expect(parseZonedDateTime('on 2026-12-05T09:00Z').ok).toBe(false);
		expect(parseZonedDateTime('2026-12-05T09:00Z, after lunch').ok).toBe(false);
	});

	it.each(['2026-12-05T24:00Z', '2026-12-05T09:60Z', '2026-12-05T09:00:60Z', '2026-13-01T09:00Z', '2026-04-31T09:00Z'])(
		'refuses %s, which is not on any clock or calendar',
		(text) => {
			expect(parseZonedDateTime(text)).toEqual({ ok: false, expected: `a real calendar date and time (${text} does not exist)` });
		},
	);

	it('accepts the last second of a day', () => {
		expect(instant('2026-12-05T23:59:59Z')).toBe('2026-12-05T23:59:59.000Z');
	});

	it('names an unknown zone in what it expected', () => {
		expect(parseZonedDateTime('2026-12-05T09:00[Asia/Atlantis]')).toEqual({
			ok: false,
			expected: 'a known time zone such as Asia/Vientiane or Africa/Lagos (not Asia/Atlantis)',
		});
	});

	it('keeps the zone only when one was written', () => {
		expect(parseZonedDateTime('2026-12-05T09:00+07:00')).toStrictEqual({ ok: true, instant: new Date('2026-12-05T02:00:00Z') });
		expect(parseZonedDateTime('2026-12-05T09:00+07:00[Asia/Vientiane]')).toEqual({
			ok: true,
			instant: new Date('2026-12-05T02:00:00Z'),
			zone: 'Asia/Vientiane',
		});
	});
});

describe('zone helpers', () => {
	it('knows IANA zones and UTC, and nothing else', () => {
		expect(isTimeZone('Asia/Vientiane')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		// Legacy abbreviations that Intl accepts but that say nothing about daylight saving.
		expect(isTimeZone('EST')).toBe(false);
		expect(isTimeZone('Asia/Atlantis')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});

	it('knows the offset of a zone at an instant', () => {
		expect(zoneOffsetMinutes('Africa/Lagos', new Date('2026-06-01T00:00:00Z'))).toBe(60);
		expect(zoneOffsetMinutes('Asia/Vientiane', new Date('2026-06-01T00:00:00Z'))).toBe(420);
	});

	it('writes an instant back as contributors write it', () => {
		expect(formatZonedDateTime(new Date('2026-12-05T02:00:00Z'), 'Asia/Vientiane')).toBe('2026-12-05T09:00+07:00');
		expect(formatZonedDateTime(new Date('2026-12-05T02:00:00Z'), 'Africa/Lagos')).toBe('2026-12-05T03:00+01:00');
		expect(formatZonedDateTime(new Date('2026-12-05T14:00:00Z'), 'America/New_York')).toBe('2026-12-05T09:00-05:00');
		expect(formatZonedDateTime(new Date('2026-12-05T09:00:00Z'), 'UTC')).toBe('2026-12-05T09:00+00:00');
	});
});
