/**
 * The plans of the series (the `plans` collection), loaded once per build
 * beside the site data, so that the series pages that have none cost nothing.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { plansBySeries } from './derive/plans.ts';

export type PlanEntry = CollectionEntry<'plans'>;

const load = async () => plansBySeries(await getCollection('plans'));

let cached: Promise<Map<string, PlanEntry>> | undefined;

/** Each series' published plan, by the series' id. */
export function getPlans(): Promise<Map<string, PlanEntry>> {
	if (import.meta.env.DEV) return load();
	return (cached ??= load());
}
