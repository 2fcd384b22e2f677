/**
 * The invitation kit's copy buttons: shown only where the page can copy
 * (the texts stay selectable without JavaScript), each copying its text.
 */
export function startInvitationKit(): void {
	const kit = document.querySelector<HTMLElement>('[data-invitation-kit]');
	const status = kit?.querySelector<HTMLElement>('[data-copy-status]');
	if (!kit || !status || !navigator.clipboard) return;
	for (const button of kit.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const text = kit.querySelector<HTMLTextAreaElement>(`textarea[data-invitation="${button.dataset.copy}"]`);
		if (!text) continue;
		button.hidden = false;
		button.addEventListener('click', () => {
			void navigator.clipboard.writeText(text.value).then(() => {
				status.textContent = status.dataset.copied ?? '';
				button.dataset.copied = '';
			});
		});
	}
}
