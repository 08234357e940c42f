import type { ComplaintStage } from '../model/keys.ts';
import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from './cellToText.ts';
import { EMPTY, fail, ok, type ParseResult } from './ParseResult.ts';
import { foldTraditional } from './simplifiedChinese.ts';

/**
 * Words people write for each stage of the complaint workflow (受理 → 调查核实 → 制定解决方案 →
 * 反馈处理结果 → 回访 → closed), compared after lower-casing and removing spaces, _ and -.
 */
const STAGE_WORDS: Record<ComplaintStage, readonly string[]> = {
  received: [
    '受理',
    '已受理',
    '待受理',
    '受理中',
    '待处理',
    '未处理',
    '新建',
    '新',
    '新投诉',
    'new',
    'open',
    'opened',
    'received',
    'pending',
  ],
  investigating: [
    '调查',
    '调查核实',
    '核实',
    '调查中',
    '核实中',
    '待核实',
    '调查核实中',
    'investigating',
    'investigation',
    'underinvestigation',
  ],
  resolving: [
    '制定解决方案',
    '解决方案',
    '方案制定',
    '处理中',
    '解决中',
    '整改中',
    'resolving',
    'inprogress',
    'processing',
    'working',
  ],
  feedback: [
    '反馈',
    '反馈处理结果',
    '已反馈',
    '待反馈',
    '反馈中',
    '反馈结果',
    'feedback',
    'responded',
    'replied',
  ],
  revisit: ['回访', '待回访', '回访中', '已回访', 'revisit', 'followup', 'followingup'],
  closed: [
    '已关闭',
    '关闭',
    '已解决',
    '已结案',
    '结案',
    '已完成',
    '完成',
    '已处理',
    'closed',
    'resolved',
    'done',
    'solved',
  ],
};

/** Cells that mean "no complaint": treated as empty. */
const NONE = new Set(['无', '没有', '暂无', 'none', 'n/a', 'na', '-', '—', '/']);

const LOOKUP = new Map<string, ComplaintStage>();
for (const [stage, words] of Object.entries(STAGE_WORDS) as [ComplaintStage, readonly string[]][]) {
  for (const word of words) LOOKUP.set(word, stage);
}

/**
 * Reads a complaint-status cell in Chinese (simplified or traditional: 已解決 is 已解决) or
 * English; 已解决/已结案/resolved all mean closed.
 */
export function parseComplaintStage(cell: Cell): ParseResult<ComplaintStage> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell !== 'string') return fail({ code: 'stage-not-text', text: cellToText(cell) });
  const text = foldTraditional(normalizeText(cell).toLowerCase());
  if (text === '' || NONE.has(text)) return EMPTY;
  // Numbered stage lists: "1. 受理", "③调查核实" (NFKC turns ③ into 3).
  const key = text.replace(/^\d+\s*[.、:)\s-]*/, '').replace(/[\s_-]+/g, '');
  const stage = LOOKUP.get(key);
  return stage === undefined ? fail({ code: 'stage-unknown', text: cell.trim() }) : ok(stage);
}
