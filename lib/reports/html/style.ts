/**
 * The HTML download's whole stylesheet, inline (a constant: the one thing the template inserts unescaped, since a
 * style element's text is never decoded): the file must read the same with no server and no network, so it
 * carries its own few rules instead of the app's built stylesheet. Print rules open what the screen folds.
 */
export const reportCss = `
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1.5rem 1rem 3rem;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#fff}
h1{font-size:1.5rem;margin:.25rem 0 .5rem;overflow-wrap:anywhere}
h2{font-size:1.15rem;margin:2rem 0 .75rem}
h3{font-size:1rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}
.eyebrow{color:#115e59;font-weight:600;font-size:.85rem;margin:0}
.summary{font-size:1.05rem;font-weight:500;margin:.5rem 0 1rem}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:0;font-size:.85rem;color:#334155}
.meta dt{display:inline;color:#475569}.meta dd{display:inline;margin:0}
.note{font-size:.85rem;color:#475569}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f1f5f9;border:1px solid #cbd5e1;border-radius:6px;padding:.6rem .75rem;margin:.25rem 0}
.table-wrap{overflow-x:auto;border:1px solid #e2e8f0;border-radius:8px}
table{border-collapse:collapse;width:100%;min-width:46rem;font-size:.85rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid #f1f5f9}
th{background:#f8fafc;font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:#475569}
.pill{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.75rem;font-weight:600;border:1px solid currentColor;white-space:nowrap}
.fail,.missing{color:#991b1b}.warn,.partial{color:#92400e}.unknown{color:#5b21b6}.info{color:#075985}
.pass,.delivered,.expected{color:#065f46}.not-supported{color:#475569}
.finding{border:1px solid #e2e8f0;border-left:4px solid #94a3b8;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
.finding.s-fail{border-left-color:#ef4444}.finding.s-warn{border-left-color:#f59e0b}.finding.s-unknown{border-left-color:#8b5cf6}.finding.s-info{border-left-color:#0ea5e9}
.finding-title{font-weight:600;margin:0 .5rem 0 0;display:inline}
.finding p{margin:.35rem 0;overflow-wrap:anywhere}
.fix{border:1px solid #99f6e4;background:#f0fdfa;border-radius:8px;padding:.6rem .75rem;margin-top:.5rem}
.label{font-size:.7rem;text-transform:uppercase;letter-spacing:.05em;color:#475569;margin:.5rem 0 0;font-weight:600}
.region-cause{border:1px dashed #cbd5e1;border-radius:8px;padding:.4rem .75rem;margin:.5rem 0;font-size:.9rem}
summary{cursor:pointer;font-weight:500;color:#334155}
ul.evidence{list-style:none;padding:0;margin:.25rem 0}
ul.evidence li{border:1px solid #e2e8f0;background:#f8fafc;border-radius:6px;padding:.4rem .6rem;margin:.35rem 0}
ul.evidence pre{background:none;border:0;padding:0}
footer{margin-top:2.5rem;border-top:1px solid #e2e8f0;padding-top:1rem}
a{color:#115e59;overflow-wrap:anywhere}
@media print{body{max-width:none;padding:0;font-size:11pt}details>summary{list-style:none}details::details-content{content-visibility:visible;display:block}.finding,tr{break-inside:avoid}h2,h3{break-after:avoid}}
`;
