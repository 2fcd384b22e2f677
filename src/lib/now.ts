/**
 * "Now" for a build: the one value that decides which sessions are upcoming
 * and who is the current Volunteer of the Month. Tests and fixtures pin it
 * with `PLH_NOW`, so they never break because the calendar moved on.
 */
export function readNow(env: Record<string, string | undefined> = process.env): Date {
	const pinned = env.PLH_NOW;
	if (!pinned) return new Date();
	const date = new Date(pinned);
	if (Number.isNaN(date.getTime())) {
		throw new Error(`PLH_NOW is "${pinned}"; expected a date and time such as 2026-11-22T00:00:00Z`);
	}
	return date;
}
