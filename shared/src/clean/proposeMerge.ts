import { CUSTOMER_FIELDS } from '../model/fields.ts';
import type { Language } from '../model/keys.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { MergeProposal } from '../model/results.ts';
import { describeMatches } from './duplicateMatchTexts.ts';
import { fieldComparisonKey, fieldText } from './fieldText.ts';
import type { DuplicateGroup } from './findDuplicateGroups.ts';

/**
 * The merge proposal for a group: the survivor is the most complete row (most non-empty
 * recognised fields), then the most recent last purchase, then the lowest row. `fill` takes each
 * field the survivor lacks from the best-ranked other row that has it; `conflicts` lists every
 * row's value of a field on which the rows disagree. Rows are listed survivor first, then by row.
 * `contactDetails` shows the shared email or phone in full in `matchedOn` (else masked).
 */
export function proposeMerge(
  records: CustomerRecord[],
  group: DuplicateGroup,
  language: Language,
  contactDetails = false,
): MergeProposal {
  const ranked = group.members
    .map((i) => {
      const record = records[i] as CustomerRecord;
      return { record, filled: filledFields(record) };
    })
    .sort(bySurvivorRank)
    .map((entry) => entry.record);
  const survivor = ranked[0] as CustomerRecord;
  const others = ranked.slice(1);
  const listed = [survivor, ...[...others].sort((a, b) => a.row - b.row)];

  const fill: MergeProposal['fill'] = {};
  const conflicts: MergeProposal['conflicts'] = {};
  for (const field of CUSTOMER_FIELDS) {
    if (fieldText(survivor, field) === null) {
      for (const other of others) {
        const value = fieldText(other, field);
        if (value !== null) {
          fill[field] = { value, fromRow: other.row };
          break;
        }
      }
    }
    const values: { value: string; row: number }[] = [];
    let firstKey: string | null = null;
    let disagree = false;
    for (const record of listed) {
      const value = fieldText(record, field);
      if (value === null) continue;
      values.push({ value, row: record.row });
      const key = fieldComparisonKey(field, value);
      if (firstKey === null) firstKey = key;
      else if (key !== firstKey) disagree = true;
    }
    if (disagree) conflicts[field] = values;
  }

  return {
    kind: group.kind,
    matches: group.matches,
    matchedOn: describeMatches(group.matches, language, contactDetails),
    survivorRow: survivor.row,
    rows: listed.map((record) => record.row),
    similarity: group.similarity,
    fill,
    conflicts,
  };
}

interface Ranked {
  record: CustomerRecord;
  filled: number;
}

function bySurvivorRank(a: Ranked, b: Ranked): number {
  if (a.filled !== b.filled) return b.filled - a.filled;
  const la = a.record.lastPurchase ?? '';
  const lb = b.record.lastPurchase ?? '';
  if (la !== lb) return la < lb ? 1 : -1;
  return a.record.row - b.record.row;
}

function filledFields(record: CustomerRecord): number {
  let count = 0;
  for (const field of CUSTOMER_FIELDS) if (fieldText(record, field) !== null) count++;
  return count;
}
