/**
 * A warning, not an error: the next meeting a recap agreed (`next.date`) has
 * passed and no session file of the series exists for that day. Either the
 * meeting's recap is still to be written, or it moved and `next` should say so.
 */
import { agreedMeetings, isAheadOf } from '../../lib/agreed-meetings.ts';
import { describeValue, type Problem } from '../../loader/problem.ts';
import type { ContentIndex } from '../read-content.ts';

export function warnAgreedNext(index: ContentIndex, now: Date): Problem[] {
	const valid = index.entries.sessions.flatMap((entry) => (entry.data ? [{ id: entry.id, data: entry.data, entry }] : []));
	const zoneOf = (series: string) => index.get('series', series)?.data?.timezone ?? 'UTC';
	return agreedMeetings(valid, zoneOf)
		.filter((meeting) => !meeting.held && !isAheadOf(meeting, now, zoneOf(meeting.series)))
		.map((meeting) => {
			const { entry } = valid.find((v) => v.id === meeting.agreedAt)!;
			return {
				file: entry.file,
				line: entry.lineOf(['next', 'date']),
				field: 'next.date',
				found: `${describeValue(entry.data?.next?.date)}, a day that has passed with no session file of ${meeting.series} for it`,
				expected: `that meeting's file (content/sessions/${meeting.day}-<topic>.md), or the date it moved to in next.date`,
			};
		});
}
