/**
 * The extension of a file name or path, lower case and without the dot ("" when it has none).
 * Only the last one counts: `plan.tar.gz` is `gz`, `report.PDF` is `pdf`.
 */
export function fileExtension(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}
