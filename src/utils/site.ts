/** Site-wide names and the header navigation, in one place. Paths are relative to the base. */
export const siteName = 'Make Good';
export const siteTagline = 'Service-recovery training: short lessons, role-plays scored against the documented steps.';

export interface NavItem {
	label: string;
	path: string;
}

export const navigation: readonly NavItem[] = [
	{ label: 'Course', path: 'course/' },
	{ label: 'Lessons', path: 'lessons/' },
	{ label: 'Role-plays', path: 'scenarios/' },
	{ label: 'Drills', path: 'drills/' },
	{ label: 'Procedures', path: 'procedures/' },
	{ label: 'Workshop', path: 'workshop/' },
];

/** Secondary links, in the footer. */
export const footerLinks: readonly NavItem[] = [
	{ label: 'Your progress', path: 'progress/' },
	{ label: 'Certificate', path: 'certificate/' },
	{ label: 'Glossary', path: 'glossary/' },
	{ label: 'Search', path: 'search/' },
	{ label: 'Role-play studio', path: 'studio/' },
];

/**
 * The footer's links. A SCORM package has no search index, so no search page, and leaves out
 * the trainers' studio (its checker runs in a module worker, which a package opened from disk
 * cannot start; trainers use the hosted site).
 */
export function footerLinksFor(scormPackage: boolean): readonly NavItem[] {
	return scormPackage ? footerLinks.filter((item) => item.path !== 'search/' && item.path !== 'studio/') : footerLinks;
}

/**
 * Whether a nav item is the current section: its own page or any page under it.
 * `current` and `item` are both base-relative paths without a leading slash.
 */
export function isCurrentSection(current: string, item: string): boolean {
	return current === item || current.startsWith(item);
}
