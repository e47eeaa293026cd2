/**
 * robots.txt, built by src/pages/robots.txt.ts from the setting `zoekmachines` in content/gemeente.yaml.
 * false (the default, for an intranet): every crawler is asked to stay out (`Disallow: /`).
 * true (a public host): every crawler may read every page.
 * `comment` is a line for the people who open the file (from the dictionary); `#` is added here.
 */
export function robotsTxt(allowCrawlers: boolean, comment = ''): string {
  const lines = comment ? comment.split('\n').map((line) => `# ${line}`) : [];
  lines.push('User-agent: *', allowCrawlers ? 'Allow: /' : 'Disallow: /');
  return `${lines.join('\n')}\n`;
}
