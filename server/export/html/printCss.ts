/** The stylesheet of the HTML export: readable on screen, A4 with page-break rules in print. */
export const PRINT_CSS = `
@page { size: A4; margin: 22mm 20mm 24mm 25mm; }
body { font-family: "Noto Serif", Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1, h2, h3, h4, dt, .label, .kind, th, footer { font-family: "Noto Sans", Arial, Helvetica, sans-serif; }
header.protocol-header { border-bottom: 1.5pt solid #1a1a1a; display: flex; justify-content: space-between; align-items: baseline; }
header.protocol-header h1 { font-size: 16pt; margin: 0 0 .3em; }
header.protocol-header .kind { font-weight: bold; letter-spacing: .08em; text-align: right; }
header.protocol-header .kind small { display: block; font-weight: normal; letter-spacing: 0; color: #555; }
dl.attendance { display: grid; grid-template-columns: 10em 1fr; gap: .35em 1em; border-bottom: .5pt solid #999; padding-bottom: 1em; }
dl.attendance dt { font-weight: bold; font-size: 9.5pt; }
dl.attendance dd { margin: 0; }
dl.attendance dd ul { list-style: none; margin: 0; padding: 0; }
section.item h2 { font-size: 13pt; margin: 1.4em 0 .3em; break-after: avoid; }
section.item h2 .number { display: inline-block; min-width: 3.2em; }
.presenter { font-style: italic; color: #555; margin-top: 0; }
h3, h4 { font-size: 11pt; margin: 1em 0 .2em; break-after: avoid; }
.decision, .action-item { break-inside: avoid; margin: .8em 0; padding: .5em .8em; border-left: 3pt solid; }
.decision { border-color: #1f4e79; background: #eef3f8; }
.action-item { border-color: #8a5a00; background: #fbf5e9; }
.decision p, .action-item p { margin: .15em 0; }
.decision .label, .action-item .label { font-size: 9pt; font-weight: bold; letter-spacing: .06em; text-transform: uppercase; margin: 0 0 .2em; }
.decision .label { color: #1f4e79; }
.action-item .label { color: #8a5a00; }
.action-item .meta { font-family: "Noto Sans", Arial, sans-serif; font-size: 8.5pt; color: #555; margin: .2em 0 0; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: 10pt; }
th, td { border: .5pt solid #8c959c; padding: .25em .4em; vertical-align: top; text-align: left; }
th { background: #e8ecef; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.signatures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.5em; margin-top: 2em; break-inside: avoid; }
.signatures .line { border-bottom: .5pt solid #1a1a1a; height: 2.5em; }
.adjusted { font-style: italic; font-size: 9pt; color: #555; }
.checksum { font-family: monospace; font-size: 8.5pt; word-break: break-all; color: #555; }
.draft-banner { border: 1pt solid #a33; color: #a33; padding: .3em .6em; font-family: "Noto Sans", Arial, sans-serif; font-weight: bold; }
.corrections { break-before: page; }
footer { margin-top: 2em; border-top: .5pt solid #999; font-size: 8.5pt; color: #555; padding-top: .4em; }
a { color: #0b4f8a; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

/** Styles of the problem notice and of parts shown as plain text, added only to a page that has them. */
export const NOTICE_CSS = `
.problem-notice, .unstructured { break-inside: avoid; margin: .8em 0; padding: .5em .8em; border-left: 3pt solid #a33; background: #fbeeee; }
.problem-notice p, .unstructured p { margin: .15em 0; }
.problem-notice .label, .unstructured .label { font-size: 9.5pt; font-weight: bold; color: #a33; margin: 0 0 .2em; }
.problem-notice ul { font-family: monospace; font-size: 8.5pt; color: #555; margin: .3em 0 0; padding-left: 1.2em; }
`;
