import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $offline, applyUpdate, registerOffline } from '../stores/offline.ts';

/** Registers offline support and, only when there is news, says so in a small notice. */
export default function OfflineNotice({ base }: { base: string }) {
	const status = useStore($offline);
	useEffect(() => {
		void registerOffline(base);
	}, []);
	return (
		<div class="offline-notice" role="status">
			{status === 'update-ready' && (
				<p class="update">
					A new version of this site is ready.{' '}
					<button type="button" class="button secondary" onClick={applyUpdate}>
						Reload to update
					</button>
				</p>
			)}
			{status === 'ready' && <p class="visually-hidden">This site is saved for offline use.</p>}
		</div>
	);
}
