/** The input's characters [start, end) (UTF-16 offsets) replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function asciiOnly(
  code: string,
  options: { file: string; sourceType: 'script' | 'module' },
): { code: string; edits: Edit[] };

export function shiftSourceMap(mapJson: string, code: string, edits: readonly Edit[]): string;
