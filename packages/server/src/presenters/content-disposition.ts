/**
 * An `attachment` Content-Disposition for a file name that may be Chinese: an ASCII
 * fallback plus the UTF-8 form of RFC 6266 §4.3 / RFC 8187, which every current browser reads.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
