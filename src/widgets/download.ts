/** Saves text as a file through the browser's download, without any server. */
export function download(fileName: string, text: string, type: string): void {
	const href = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = href;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the address is released.
	setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** "2026-03-04", for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
