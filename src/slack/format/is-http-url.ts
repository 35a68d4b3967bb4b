/** True for absolute `http:` / `https:` URLs with a host; everything else (`javascript:`, relative paths) is refused. */
export function isHttpUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}
