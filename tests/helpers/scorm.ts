/**
 * The SCORM package under test: where npm run test:scorm (tests/tools/scorm-run.mjs) serves and
 * unpacked it, and a check of its imsmanifest.xml shared by the unit test and tests/scorm/.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** The package's root URL (ends in "/"), its unpacked folder and the zip: set by scorm-run.mjs. */
export const scormSite = process.env.SCORM_SITE ?? '';
export const scormDir = process.env.SCORM_DIR ?? '';
export const scormZip = process.env.SCORM_ZIP ?? '';

// Every file of a folder, as the release scripts list them.
export { filesIn } from '../../src/release/zip.mjs';

export interface Manifest {
  /** The SCO's start page (resource href, decoded). */
  launch: string;
  /** adlcp:masteryscore of the item, if there is one. */
  masteryScore?: string;
  /** Every <file href> of the resource, decoded. */
  files: string[];
  /** What is wrong with it as a SCORM 1.2 manifest for these package files; empty when nothing is. */
  problems: string[];
}

const children = (el: Element, ns: string, name: string) =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name,
  );
const text = (el: Element | undefined) => el?.textContent?.trim() ?? '';
/** A file href back to the package path it names ("a%20b.html" → "a b.html"). */
const path = (href: string | null) => (href ?? '').split('/').map(decodeURIComponent).join('/');

/**
 * Reads imsmanifest.xml and checks it against the SCORM 1.2 content packaging rules this package
 * follows, and against `packageFiles` (every file in the zip): one organization (the default) with
 * one item, one SCO resource whose href and files all exist, and every package file listed (but the
 * manifest itself and the schema files .xsd at the root).
 */
export function readManifest(xml: string, packageFiles: string[]): Manifest {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => problems.push(`XML ${level}: ${msg}`) }).parseFromString(
    xml,
    'text/xml',
  );
  const manifest = doc.documentElement;
  if (!manifest || manifest.localName !== 'manifest' || manifest.namespaceURI !== IMSCP) {
    return { launch: '', files: [], problems: [...problems, 'root element is not an IMS CP 1.1.2 <manifest>'] };
  }
  if (!manifest.getAttribute('identifier')) problems.push('manifest has no identifier');

  const [metadata] = children(manifest, IMSCP, 'metadata');
  if (!metadata) problems.push('no <metadata>');
  else {
    if (text(children(metadata, IMSCP, 'schema')[0]) !== 'ADL SCORM') problems.push('<schema> is not "ADL SCORM"');
    if (text(children(metadata, IMSCP, 'schemaversion')[0]) !== '1.2') problems.push('<schemaversion> is not 1.2');
  }

  const orgsEls = children(manifest, IMSCP, 'organizations');
  const orgs = orgsEls[0] ? children(orgsEls[0], IMSCP, 'organization') : [];
  if (orgsEls.length !== 1 || orgs.length !== 1) problems.push(`expected one organization, found ${orgs.length}`);
  const org = orgs[0];
  if (org && orgsEls[0]!.getAttribute('default') !== org.getAttribute('identifier'))
    problems.push('organizations/@default does not name the organization');
  if (org && !text(children(org, IMSCP, 'title')[0])) problems.push('the organization has no title');
  const items = org ? children(org, IMSCP, 'item') : [];
  if (items.length !== 1) problems.push(`expected one item, found ${items.length}`);
  const item = items[0];
  if (item && !text(children(item, IMSCP, 'title')[0])) problems.push('the item has no title');
  const masteryEl = item ? children(item, ADLCP, 'masteryscore')[0] : undefined;
  const masteryScore = masteryEl ? text(masteryEl) : undefined;
  if (masteryScore !== undefined && !/^(100|[1-9]?\d)$/.test(masteryScore))
    problems.push(`masteryscore "${masteryScore}" is not a whole number from 0 to 100`);

  const resourcesEls = children(manifest, IMSCP, 'resources');
  const resources = resourcesEls[0] ? children(resourcesEls[0], IMSCP, 'resource') : [];
  if (resources.length !== 1) problems.push(`expected one resource, found ${resources.length}`);
  const res = resources[0];
  if (res && item && item.getAttribute('identifierref') !== res.getAttribute('identifier'))
    problems.push('the item does not point at the resource (identifierref)');
  if (res && res.getAttributeNS(ADLCP, 'scormtype') !== 'sco')
    problems.push('the resource is not adlcp:scormtype="sco"');
  if (res && res.getAttribute('type') !== 'webcontent') problems.push('the resource is not type="webcontent"');

  const launch = path(res?.getAttribute('href') ?? null);
  const files = res ? children(res, IMSCP, 'file').map((f) => path(f.getAttribute('href'))) : [];
  const inZip = new Set(packageFiles);
  if (!inZip.has(launch)) problems.push(`the launch page ${launch || '(none)'} is not in the package`);
  if (!files.includes(launch)) problems.push(`the launch page ${launch} is not listed as a file`);
  for (const f of files) if (!inZip.has(f)) problems.push(`listed but not in the package: ${f}`);
  const listed = new Set(files);
  for (const f of packageFiles)
    if (f !== 'imsmanifest.xml' && !/^[^/]+\.xsd$/.test(f) && !listed.has(f)) problems.push(`not listed: ${f}`);
  if (listed.size !== files.length) problems.push('a file is listed twice');
  return { launch, masteryScore, files, problems };
}
