/**
 * Pages hand their share cards to the card integration as soon as they know
 * them, so cards are drawn on the core that Astro's page rendering leaves
 * idle, not only after the last page. The pages and the integration run in
 * one process during `astro build` but load separate copies of this module,
 * so the channel is a global under a registered symbol. Nobody listens
 * outside a build (`astro dev`), and then nothing happens: the request blocks
 * in the built pages stay the complete list either way.
 */
import type { CardRequest } from './spec.ts';

type Listener = (requests: readonly CardRequest[]) => void;

const channel = Symbol.for('peer-learning-hub.share-cards.early-requests');
const slot = globalThis as typeof globalThis & { [channel]?: Listener };

export function sendCardRequestsEarly(requests: readonly CardRequest[]): void {
	slot[channel]?.(requests);
}

export function listenForEarlyCardRequests(listener: Listener | undefined): void {
	if (listener) slot[channel] = listener;
	else delete slot[channel];
}
