/**
 * A protocol as Word puts it on the clipboard: Office namespaces, a <style> block and
 * conditional comments, `mso-` styles, a list paragraph with its bullet in a
 * `mso-list:Ignore` span, a table, a safe and an unsafe link, and a <script>.
 */
export const WORD_PROTOCOL_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:"Calibri",sans-serif;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head>
<body lang=SV style='tab-interval:65.2pt'>
<!--StartFragment-->
<p class=MsoNormal><b><span style='font-size:14.0pt'>SKOL- OCH UTBILDNINGSCHEFER</span></b><o:p></o:p></p>
<p class=MsoNormal>Tid och plats&nbsp;&nbsp;Fredag den 11 februari, digitalt via Teams.<o:p></o:p></p>
<h2><span style='mso-bookmark:_Toc1'>§ 18 Mötets öppnande</span></h2>
<p class=MsoNormal>Ordföranden öppnar mötet.<o:p></o:p></p>
<h2>§ 19 Val av justerare (Katarina)</h2>
<p class=MsoNormal>Mötet beslutar att:<o:p></o:p></p>
<p class=MsoNormal>Välja Zophia Zander Norell att justera protokollet.<o:p></o:p></p>
<p class=MsoNormal>att lägga rapporten till handlingarna.<o:p></o:p></p>
<p class=MsoNormal>Se <a href="https://example.se/protokoll">protokollet</a> och <a href="javascript:alert(1)">den här länken</a> eller <a href="mailto:hillevi@example.se">skriv</a>.<o:p></o:p></p>
<script>document.title = 'elak';</script>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Första punkten<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><i>Andra</i> punkten<o:p></o:p></p>
<h2>§ 20 Samverkan Skola-Arbetsliv</h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0'>
  <td width=200 valign=top style='width:150pt'><p class=MsoNormal><b>Kommun</b><o:p></o:p></p></td>
  <td width=200 valign=top><p class=MsoNormal><b>Har SSA plan</b><o:p></o:p></p></td>
 </tr>
 <tr><td><p class=MsoNormal>Skövde<o:p></o:p></p></td><td><p class=MsoNormal>Ja<o:p></o:p></p></td></tr>
 <tr><td><p class=MsoNormal>Hjo<o:p></o:p></p></td><td><p class=MsoNormal>Nej<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment-->
</body></html>`;
