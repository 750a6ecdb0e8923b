import { useEffect, useState } from 'preact/hooks';
import Audience from '../audience/Audience.tsx';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The audience screen for a role-play loaded on the local workshop page. The presenter
 * names the role-play in the address ("?id=…"); the screen then follows that presenter's
 * channel and shows only what it is sent, exactly as for a role-play of the site.
 */
export default function LocalAudience({ presenterHref }: { presenterHref: string }) {
	const [id, setId] = useState<string | null | undefined>(undefined);
	useEffect(() => {
		const given = new URLSearchParams(location.search).get('id');
		setId(given && ID.test(given) ? given : null);
	}, []);
	if (id === undefined) return null;
	if (id === null) {
		return (
			<p class="callout warning">
				This screen follows a presenter. Open the <a href={presenterHref}>local workshop page</a>, load your role-play, then choose “Open the audience screen”
				there.
			</p>
		);
	}
	return <Audience scenarioId={id} />;
}
