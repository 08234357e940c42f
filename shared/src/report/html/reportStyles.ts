/**
 * The report's only stylesheet, inlined: no web fonts, so the font stack names the CJK system
 * fonts of macOS, Windows and Linux before the generic family.
 */
export const REPORT_CSS = `
:root{--ink:#1d2433;--muted:#5b6477;--line:#e3e7ee;--bg:#f3f5f9;--card:#fff;--brand:#24407a;--accent:#3b6fd8;
--good:#1f9d74;--warn:#d98a12;--bad:#c8423b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",
"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",
"WenQuanYi Micro Hei",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:1160px;margin:0 auto;padding:0 24px 40px}
header.report-head{background:linear-gradient(120deg,#1c2f5c,#2f5bb0);color:#fff;padding:28px 0 22px;margin-bottom:8px}
header.report-head .inner{max-width:1160px;margin:0 auto;padding:0 24px}
header.report-head h1{margin:0 0 8px;font-size:28px;letter-spacing:.5px}
.meta-line{display:flex;flex-wrap:wrap;gap:6px 22px;font-size:13px;opacity:.92}
.meta-line b{font-weight:600;margin-right:6px;opacity:.8}
header.report-head .caution{margin:10px 0 0;padding:8px 12px;border-radius:6px;background:#fff4e0;color:#6b3d00;font-size:13.5px}
header.report-head .caution b{margin-right:8px}
nav.toc{display:flex;flex-wrap:wrap;gap:6px;margin-top:16px}
nav.toc a{color:#fff;text-decoration:none;font-size:12.5px;padding:3px 10px;border:1px solid rgba(255,255,255,.35);border-radius:999px}
nav.toc a:hover{background:rgba(255,255,255,.15)}
section{margin-top:30px}
h2{font-size:20px;margin:0 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line);color:var(--brand)}
h3{font-size:15px;margin:14px 0 8px;color:var(--ink)}
p.intro{margin:-4px 0 14px;color:var(--muted)}
p.empty{color:var(--muted);font-style:italic}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(20,30,60,.05)}
.card>h3:first-child{margin-top:0}
.highlights{border-left:4px solid var(--brand);margin-bottom:6px}
.highlights ul{margin:0;padding-left:20px}
.highlights li{margin:3px 0}
.kpi-group{margin-bottom:8px}
.kpi-group>h3{font-size:13px;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);margin:14px 0 8px}
.kpi-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin-bottom:12px}
.kpi{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:10px;padding:12px 14px}
.kpi.good{border-left-color:var(--good)}.kpi.warn{border-left-color:var(--warn)}.kpi.bad{border-left-color:var(--bad)}
.kpi-label{font-size:12.5px;color:var(--muted)}
.kpi-grid.dense{grid-template-columns:repeat(auto-fit,minmax(160px,1fr))}
.kpi-grid.dense .kpi-value{font-size:22px}
.kpi-value{font-size:25px;font-weight:700;margin:2px 0;font-variant-numeric:tabular-nums;white-space:nowrap}
.kpi-note{font-size:11.5px;color:var(--muted);line-height:1.4}
.mix-grid,.chart-pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:16px}
.chart-pair.small{grid-template-columns:repeat(auto-fit,minmax(320px,1fr));margin-bottom:8px}
figure{margin:0}
figcaption{font-weight:600;margin-bottom:6px}
svg.chart{display:block;max-width:100%;height:auto;margin:4px 0 10px}
svg.chart text{fill:#3a4356;font-family:inherit}
svg.chart text.value{fill:#1d2433}
.table-wrap{overflow-x:auto}
table.data{width:100%;border-collapse:collapse;font-size:13px}
table.data th{background:#eef2f8;color:#384259;text-align:left;font-weight:600;padding:6px 8px;border-bottom:1px solid var(--line)}
table.data td{padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
table.data tbody tr:nth-child(even) td{background:#fafbfd}
table.data tfoot td{font-weight:700;border-top:2px solid #cfd6e2}
table.data.compact td,table.data.compact th{padding:4px 8px}
.num,table.data th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.nowrap{white-space:nowrap}
table.data th.num{white-space:normal}
table.data.mix td:first-child{white-space:nowrap}
.who{display:block;font-weight:600}
.sub{display:block;color:var(--muted);font-size:11.5px}
.badge{display:inline-block;font-size:11px;line-height:1.5;padding:0 7px;border-radius:999px;margin:2px 4px 0 0;background:#e8ecf3;color:#384259;white-space:nowrap}
td .nowrap+.badge{display:block;width:max-content}
.badge.bad,.badge.prio-urgent{background:#fbe3e1;color:#9b2c26}
.badge.prio-high{background:#fdefd8;color:#8a5300}
.badge.prio-medium{background:#e3ecfb;color:#23478f}
.badge.prio-low{background:#e9f5ef;color:#1f6b4f}
table.tasks td:last-child{min-width:220px}
.strategy-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px}
.strategy header{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:4px 12px;margin-bottom:6px}
.strategy h3{margin:0;font-size:16px;color:var(--brand)}
.strategy .meta{font-size:12px;color:var(--muted)}
.strategy .goal{font-weight:600;margin:6px 0}
.strategy ul.actions{margin:4px 0 8px;padding-left:20px}
.strategy ul.actions li{margin:2px 0}
.strategy .cadence{margin:0;font-size:12.5px;color:var(--muted)}
.tag{display:inline-block;font-size:11px;font-weight:600;color:var(--accent);background:#e8effc;border-radius:4px;padding:0 6px;margin-right:8px}
ul.notes{color:var(--muted);font-size:12.5px}
p.note{margin:8px 0;color:var(--muted);font-size:12.5px}
.delta{display:inline-block;margin-right:8px;font-weight:600;white-space:nowrap}
.delta.up{color:var(--good)}.delta.down{color:var(--bad)}.delta.flat{color:var(--muted)}
table.matrix th[scope=row]{white-space:nowrap;font-weight:600}
table.matrix th.corner{font-weight:500;color:var(--muted);font-size:11.5px}
table.matrix td.cell-stay{background:#eef1f6;color:#384259}
table.matrix td.cell-down{background:#fbe3e1;color:#9b2c26;font-weight:700}
table.matrix td.cell-up{background:#e1f4ea;color:#1f6b4f;font-weight:700}
table.data tbody tr:nth-child(even) td.heat,table.data td.heat{color:#1d2433}
table.data tbody tr td.heat.ink{color:#fff}
.comparison-grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(300px,1fr);gap:16px;align-items:start}
table.comparison td:first-child{white-space:nowrap;font-weight:600}
table.cohorts td{min-width:44px}
table.definitions td:first-child{white-space:nowrap;font-weight:600}
footer{margin-top:36px;padding-top:12px;border-top:1px solid var(--line);color:var(--muted);font-size:12px;text-align:center}
@page{size:A4;margin:14mm}
@media print{
body{background:#fff;font-size:12px}
.page{max-width:none;padding:0}
header.report-head{background:none;color:var(--ink);padding:0 0 10px;border-bottom:2px solid var(--brand)}
header.report-head .inner{padding:0}
nav.toc{display:none}
.card,.kpi{box-shadow:none;break-inside:avoid}
section{break-inside:auto;margin-top:18px}
h2,h3{break-after:avoid}
tr,.strategy{break-inside:avoid}
.mix-grid,.chart-pair,.comparison-grid{grid-template-columns:1fr 1fr}
}
`;
