/**
 * Pure pieces of the SCORM 1.2 package build (scripts/build-scorm.ts does the file work).
 */

/** Escapes text for an XML attribute or element. */
export function xmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface ManifestInput {
	/** Stable identifier for the course, e.g. "make-good". */
	identifier: string;
	title: string;
	version: string;
	/** The page the LMS opens: the launch page that holds the LMS session. */
	launch: string;
	/** Every file in the package, relative to its root, with forward slashes. */
	files: readonly string[];
}

/** imsmanifest.xml for a single-SCO SCORM 1.2 package. */
export function scormManifest({ identifier, title, version, launch, files }: ManifestInput): string {
	const listed = [...files].filter((f) => f !== 'imsmanifest.xml').sort();
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(identifier)}" version="${xmlEscape(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xmlEscape(identifier)}-org">
    <organization identifier="${xmlEscape(identifier)}-org">
      <title>${xmlEscape(title)}</title>
      <item identifier="${xmlEscape(identifier)}-item" identifierref="${xmlEscape(identifier)}-sco" isvisible="true">
        <title>${xmlEscape(title)}</title>
        <adlcp:masteryscore>50</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlEscape(identifier)}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(launch)}">
${listed.map((file) => `      <file href="${xmlEscape(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The site is built with a placeholder base path; inside a package it must work from
 * whatever folder the LMS unpacks it to, so every base-absolute link becomes relative to
 * the file it is in, and a link to a folder names its index.html (an LMS's file server
 * may not serve folder indexes).
 */
export function relativizeLinks(html: string, placeholderBase: string, fileDepth: number): string {
	const up = fileDepth === 0 ? './' : '../'.repeat(fileDepth);
	const escaped = placeholderBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Links sit in attributes ("…" or '…'), CSS url(…), or JSON in island props (&quot;…&quot;).
	return html.replace(new RegExp(`(["'(;])${escaped}([^"'&)#?\\s]*)`, 'g'), (_match, quote: string, rest: string) => {
		const target = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
		return `${quote}${up}${target}`;
	});
}
