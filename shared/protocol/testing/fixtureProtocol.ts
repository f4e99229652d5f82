import type * as Y from 'yjs';
import { DUE_NEXT_MEETING } from '../types';
import { buildMeetingDoc, type MeetingDocContent } from '../buildMeetingDoc';
import {
  actionItemJson,
  agendaItemJson,
  bulletListJson,
  decisionJson,
  docJson,
  headingJson,
  paragraphJson as p,
  tableJson,
} from '../nodeJson';

/** The fixture beside the checkout this structure is transcribed from. */
export const FIXTURE_PROTOCOL_FILE = 'protokoll-skolchefer-18-32.txt';

const present = (name: string, organization: string, role: 'ledamot' | 'ordforande' | 'justerare' = 'ledamot') =>
  ({ name, organization, role, presence: 'present' }) as const;
const other = (name: string, organization: string, role: 'ovrig' | 'sekreterare' = 'ovrig') =>
  ({ name, organization, role, presence: 'other' }) as const;

/**
 * The protocol of the school chiefs (§ 18–32) as the editor holds it:
 * meeting data, attendance with roles, and the body with every paragraph,
 * sub-heading, list, the § 26 table, the decisions of § 19–20 and the
 * action items that the original wrote as prose. Text is verbatim, except
 * that lines broken by page breaks are joined and one action item is
 * phrased as a task.
 */
export function fixtureProtocol(): Required<MeetingDocContent> {
  return {
    meta: {
      bodyName: 'Skol- och utbildningschefer',
      kind: 'protocol',
      // "Fredag den 11 februari"; the year is that of the conference in § 30 (11 February 2022 was a Friday).
      startsAt: '2022-02-11',
      place: 'digitalt via Teams',
      firstParagraph: 18,
      nextMeeting: { date: '2022-03-10', time: '', place: 'Hotell Falköping' },
    },
    attendees: [
      present('Katarina Lindberg', 'Skövde', 'ordforande'),
      present('Anneli Alm', 'Tidaholm'),
      present('Maria Appelgren', 'Mariestad'),
      present('Leif Lagergren', 'Götene'),
      present('Johan Rahmberg', 'Skövde'),
      present('Ove Brodin', 'Lidköping'),
      present('Harald Lundqvist', 'Karlsborg'),
      present('Karina Bronell', 'Falköping'),
      present('Leif Karlsson', 'Töreboda'),
      present('Ann-Charlotte Lilja', 'Falköping'),
      present('Mari-Louise Brage', 'Hjo'),
      present('Jonny Palmkvist', 'Lidköping'),
      present('Zophia Zander Norell', 'Tibro', 'justerare'),
      present('André Essebro', 'Vara'),
      present('Awaz Karim', 'Gullspång'),
      present('Elin Liljebäck Nilsson', 'Skara'),
      // "Ej närvarande" names municipalities, not people.
      { name: 'Grästorps kommun', organization: '', role: 'ledamot', presence: 'absent' },
      { name: 'Essunga kommun', organization: '', role: 'ledamot', presence: 'absent' },
      other('Hillevi Larsson', 'Skaraborgs Kommunalförbund', 'sekreterare'),
      other('Johan Strömberg', 'Avd.ch Skövde Kommun'),
      other('Sara Holm', 'Skaraborgs Kommunalförbund'),
      other('Judith Åkesson', 'Skaraborgs Kommunalförbund'),
      other('Catarina Carlehed', 'Skaraborgs Kommunalförbund'),
    ],
    body: docJson(
      agendaItemJson('Mötets öppnande', [p('Ordföranden öppnar mötet.')]),
      agendaItemJson('Val av justerare', [decisionJson(['Till att justera dagens protokoll väljs Zophia Zander Norell.'], 'Beslut')]),
      agendaItemJson('Förra mötets protokoll', [decisionJson(['Lägga förra mötets protokoll till handlingarna.'])]),
      agendaItemJson('Tema Kompetensförsörjning', [
        headingJson('Rapport Kompetensforum'),
        p('Johan Rahmberg inleder passet kring kompetensförsörjning och visar på sammanhanget där olika insatser för olika målgrupper totalt sett samverkar för att kunna bemanna såväl privat som offentlig sektor. Dragningarna utifrån temat påvisar komplexiteten, men också det mycket stora behov av kompetens som Skaraborgs arbetsliv har.'),
        headingJson('Kombinationsutbildningar SFI, förlängt projekt Skolverket'),
        p('ESF-projektet ”Kombinationsutbildningar SFI/SVA” är ett kartlägningsprojekt, Skolverket är projektägare. Målet är att kartlägga de kombinationsutbildningar som idag bedrivs samt att inom de medverkande regionerna utifrån detta utröna vilka framgångsfaktorer som verkar vara adekvata. Kartläggningen är nu genomförd och utifrån de framgångsfaktorer som identifierats har en modell satts samman.'),
        p('Projektet blir nu förlängt i 11 månader och Skolverket ger endast en utbildningsanordnare i en kommun i vardera de fem regionerna i Sverige som deltar i projektet möjlighet att delta i den ”utprovande fasen”. Egentligen är VGR deltagande region, men Skaraborg har varit utförare och projektlett alla 49 kommuner.'),
        p('Under år 2 (220401-230228) kommer VGR att låta den utprovande fasen genomföras i en kommun i Skaraborg. Då kommer forskarna från de tre lärosätena att ge en exklusiv kompetensutveckling till den utbildningsanordnare inom den bransch som prioriteras. Projektledning på 50% finansieras från Skolverket (ESF).'),
        p('Dock behöver vi tillfråga kommunerna om att få tjänsteköpa en resurs för detta då nuvarande projektledare inte har möjlighet att fortsätta.'),
        p('AMIF (Asyl- migrations- och integrationsfonden) kommer att utlysa 100 miljoner kronor till Västra Götaland. Redan nu pågår förberedande arbete där kommunalförbundet (Sara och Judith) har skrivit en intresseanmälan kring Kombinationsutbildningar, där vi hoppas att Skaraborg kommer att få projektleda denna del för hela regionens räkning. Vi siktar mot projektstart den 1 augusti 2022. Presentationen återfinns på Teams.'),
        headingJson('Skövdemodellen, Ung Arena'),
        p('Johan Strömberg berättade om det omfattande arbete som görs under rubriken Skövdemodellen 2.0. Inspirerande exempel från en mängd olika verksamheter i Skövde kommun som riktar sig till målgruppen som står långt från arbetsmarknaden. Flera verksamheter har börjat som ESF-projekt med olika ägare, men är nu implementerade som framgångsrika arbetsätt. Presentationen återfinns på teams.'),
        headingJson('Kompetensnavet'),
        p('Catarina Carlehed presenterade det pågående arbetet med att skriva en ansökan till Regionutvecklingsnämnden om att starta ett Kompetensnav. Denna mycket stora satsning riktar sig till redan anställd personal som behöver kompetensomställas inför ett omställt arbetsliv. Kompetensnavet blir nära kopplat till Kompetensforum och blir en utförare av utbildningar som Kompetensforum i samverkan med en mängd andra aktörer ser som prioriterade för Skaraborgs arbetsliv. Skaraborgs verkamma branschråd blir också viktiga i arbetet med omställningen. Presentationen återfinns på Teams.'),
      ]),
      agendaItemJson(
        'Styrgrupp utifrån politiskt uppdrag - dimensionering',
        [p('Inspel utbildningsdepartementet. Vi visar presentationen från Anna Ekströms presskonferens där förslag utifrån Lars Stjernkvists utredning nu blir en proposition den 22 mars. Det handlar om förslag på ändringar i Skollagen kring planering och dimensionering av gymnasiala utbildningar. Presentationen återfinns på Teams.')],
        'Ove',
      ),
      agendaItemJson(
        'Styrgrupp utifrån politiskt uppdrag obehöriga elever',
        [p('Styrgruppen har föredragit det som skolcheferna fick lyssna på vid senaste mötet även för kommunchefer och för direktionens presidium. Det mottogs bra, men presidiet ville ha konkreta förslag innan det går till direktionen varvid gruppen arbetar vidare på de framtagna förslagen. Det hänger också ihop med dimensioneringsgruppens arbete och gemensamma möten kommer att ske vid två tillfällen innan konferensen med nämndspresidierna då en sammanhållen dragning görs.')],
        'Anneli',
      ),
      agendaItemJson('Rapportering från arbetsgrupper', [
        headingJson('Fullföljda studier 2.0 (Anneli)'),
        p('Planering inför slutkonferensen den 23 februari pågår för fullt.'),
        headingJson('Regionövergripande nätverk fullföljda studier'),
        p('Varje delregion håller på att formera sina Kunskapsnod, så även Skaraborg.'),
        headingJson('Strategiska samordningsgruppen'),
        p('Denna grupp är en regional grupp kring kompetensplattformarna. Skaraborg representeras av Hillevi, Catarina Carlehed och Claes Fahlgren. Förutom delregionerna och VGR deltar även AF, ESF-rådet och Business Region Borås och Business Region Göteborg.'),
      ]),
      agendaItemJson(
        'Branschråd Pedagogik',
        [p('Branschrådet diskuterar bland annat vikten av en väl fungerande VFU, där de studerande blir väl bemötta och får ett positivt intryck av arbetsplatsen.')],
        'Anneli',
      ),
      agendaItemJson('Samverkan Skola-Arbetsliv, kort varvet runt', [
        tableJson(
          ['Kommun', 'Har SSA plan eller ej', 'Beskrivning'],
          [
            ['Skövde', 'Ja', 'Det är ett fokusområde från hösten 2022. Aktiviteter är verksamhetsbesök, implementeringsarbete, tidiga insatser, strategiarbete. Näringslivet deltar.'],
            ['Lidköping', 'Nej', 'Arbete som pågår. Dialog med näringsliv, SYV, UF, kartläggning av vad som finns idag. Det finns dock ingen tydlig motpart från näringslivet.'],
            ['Tibro', 'Vet ej', 'Aktiviteter: Yrkes/karriärmässa på högstadiet. Prioriterad fråga då omvalen är många och kommunen också ligger högt i arbetslöshet.'],
            ['Skara', 'Ja', 'Arbete från förskola till vux inkl KAA. Måttligt utvecklingsarbete just nu. Ambitiöst, men det gäller att få verkstad.'],
            ['Tidaholm', 'Ja', 'De har startat SSA-råd med många aktörer. De har frågor kring vilka aktiviteter och lösningar som man ska satsa på.'],
            ['Hjo', 'Nej', 'Har SYV-plan. Från förskola till vux. Jobbar med UF.'],
            ['karlsborg', 'Nej', 'Samarbete med UF. De har mycket verkstad, god dialog med näringslivet, projekt med ungdomar som är mest utsatta, lokala näringslivet engagerat.'],
            ['Töreboda', 'Nej', 'Arbete på gång. Behov av helhetsgrepp kring hög arbetslöshet m.m.'],
            ['Mariestad', 'nej', 'Har SYV-plan. Mycket personalbyten. Inte så bra kontakt med näringslivet utom vissa företag.'],
            ['Falköping', 'Ja', 'Reviderar befintlig plan. Hoppas på omtag i vår.'],
            ['Gullspång', 'Nej', 'Har SYV-plan. Skriver avtal med UF. Har påbörjat dialog med näringslivet.'],
            [
              'Götene',
              'Ja',
              // The three paragraphs below Götene's row in the text export continue its description.
              [
                'Bäst i klassen. Mycket gediget arbete med näringslivet som bygger på relationer. Ligger i topp på Svenskt Näringslivs ranking. Skolverket har tagit kontakt för att fråga vad och hur de gör.',
                'Exempel: PRAO i åk 9 avslutas med yrkeslivsmässa. Uppdrag i åk 5/6 med Dafgårds där eleverna i tävlingsform ska ta fram mellan mål där vinnaren kommer att få sitt mellanmål producerat av företaget. Industrinatt.',
                'Arbetslivsvecka istället för PRAO i pandemin. Förskole-center kring återvinning á la Guldgruvan.',
                'En idé kan vara att näringslivschef Emelie Thim, företagsrepresentanter tillsammans med Leif kommer till skolcheferna och berättar om arbetet.',
              ],
            ],
            ['Vara', 'Nej', 'Mycket bra samarbete genom Teknikcollege. Strategiskt fungerar det bra, men företagen behöver arbetskraft och skolan elever.'],
          ],
        ),
      ]),
      agendaItemJson('Måldokument Utbildning Skaraborg, revidering', [
        p('Måldokument Utbildning Skaraborg trädde i kraft den 1 januari 2015. Sedan dess har det reviderats en gång, 2019. Nu är det dags igen. Ett reviderat dokument ska träda i kraft 1 juli 2022. Måldokumentet tas fram av skolcheferna och antas av direktionen.'),
        p('Måldokumentet ligger till grund för de prioriteringar som Skaraborgs skol- och utbildningschefer gör och hur arbetet i samverkan riktas. Årligen tar Skaraborgs Kommunalförbund fram en rapport som belyser hur de uppsatta målen nåtts och vilka insatser som gjorts för att möta framtagna mål.'),
        p('Revideringen görs av skolchefergruppen, med operativt utförande av presidiet tillsammans med förbundet.'),
        p('Nedanstående frågor diskuterades i grupp inför den revidering som ska göras under våren.'),
        bulletListJson(
          'Vilka mål ska vi ha fram till nästa mandatperiod, alltså 2022-2026?',
          'Finns det något övrigt i Måldokumentets nuvarande upplägg som ska ändras?',
        ),
        p('Gruppernas svar återfinns på separat dokument på Teams.'),
      ]),
      agendaItemJson('Uppdrag för avdelningschefer/verksamhetschefer', [
        headingJson('Möjligt uppdrag för verksamhetschefer'),
        p('Skolcheferna ser över ett möjligt uppdrag för verksamhetschefer. Några verksamhetschefer finns redan med i nätverksstrukturen (gy). Synpunkter framkom dels på att det ett nätverk där enbart verksamhetschefer ingår kan bli en "subgrupp" då de mindre kommunerna inte har verksamhetschefer och då heller inte kommer att ingå i ett sådant nätverk, dels att det blir olika nivåer om verksamhetscheferna ingår i de befintliga nätverken, såsom exempelvis gymnasienätverket.'),
        actionItemJson({ assignee: 'Mari-Louise Brage, Jonny Palmkvist', task: 'Mari-Louise och Jonny pratar sig samman och återkommer med förslag.' }),
      ]),
      agendaItemJson('Rapportering', [
        headingJson('Praktiknära forskning (Eva och Karina)'),
        p('Eva och Karina ingår i den samverkan med Lärarutbildningen vid Högskolan i Borås som vi har sedan några år. I denna samverkan ingår nu även Sjuhärads Kommunalförbund. En träff har genomförts i denna större grupp. Kajsa Paulsson håller i samverkan och hon efterträder Anita Kjellström som går i pension.'),
        p('Karina uppmanar skolcheferna att söka ULF-projekt (se utskick och Teams).'),
        headingJson('Vårdsamverkan (Leif)'),
        p('Just nu arbetas det med nya strategiska planer. Emelie Alvarsson har fått en kollega från Skas och tillsammans stöder de partssamverkan i kommunerna. På den nämndsturné som görs får vi lite inspel kring hur partssamverkan fungerar.'),
        p('Stina Lindell har ersatt Tony i styrgrupp Barn och Unga.'),
        p('BUP\'s nya organisation ska träda i kraft 15/2. Den benämns "En väg in". Det är en ny mottagarenhet som ska hantera frågan om prioriteringar i kön till BUP.'),
        p('Elevhälsochefsnätverket har bjudit in hela BUPs delregionala ledning i vår. Ett problem är att Elevhälsonätverket inte har deltagare från alla 15 kommuner. Essunga, Grästorp och ibland Gullspång har inte deltagare.'),
        headingJson('Aktuell rapportering från nätverken'),
        p('Karina efterfrågar riktning från kommunerna om hur respektive kommun ställer sig till förnyat avtal. Bra med svar inför möte i närtid med Mediapoolen.'),
        p('Anneli berättar att SYV-träff genomförs den 1 april med deltagande från SPSM. Särskilt fokus i deras dragning kring NPF-elevs val.'),
      ]),
      agendaItemJson('Tema Förändringsledarskap', [
        headingJson('Skol- och utbildningskonferens 10-11 mars 2022'),
        p('Det skolpolitiska nätverket (nämndspresidierna) deltar heldag 10 mars. Den 11 mars är det ett vanligt skolchefsmöte. Program kommer inom kort.'),
        p('Innehållet blir som tidigare beslutats en föreläsning av Lars Svedberg och därefter fokus på dimensioneringsuppdraget och vad som framkommit där. Sista stunden har det skolpolitiska nätverket internt möte, där skolcheferna inte deltar. Konferensen blir fysisk och lokaliserar till Margaretasalen på Hotell Falköping.'),
        headingJson('Skolledarkonferens 16 mars 2022'),
        p('Programmet är klart och inbjudan har gått ut till skolcheferna för vidare förmedling till samtliga rektorer. Varje skolchef ansvarar för att bjuda in skolledare från fristående förskolor och skolor samt naturbruksutbildningarna (Skara och Töreboda).'),
      ]),
      agendaItemJson('Övriga frågor', [
        headingJson('Inrymning (Anneli)'),
        p('Mötet diskuterar hur det ser ut i kommunerna kring inrymning som en del av handlingsplan hot och våld samt om det finns erfarenhet av digitala system kopplade till inrymningsdelen.'),
        p('Lidköping: DLG har haft övning som de köpt av ett företag, 4see. De har en app där producerande företag heter Adsecure. Gymnasiechef Magnus Thilén kan svara på frågor om detta.'),
        p('Skövde har haft övningar på högstadiet. Övningar har även genomförts med rektorer på förskola. De har haft inne samma företag som i Lidköping.'),
        p('Karlsborg: har testat en app; Cosafe, som kanske är för avancerad.'),
        p('Vara: ökande problem med att obehöriga rör sig på skolorna. Grundskolorna kommer att införa om kameraövervakning pga stölder och skadegörelse. De har det inomhus i en av skolorna. Det har fått effekt. Det kommer att bli både utomhus och inomhus på kommande skolor.'),
        p('Mariestad har larm in till rektorsexpeditionen från kafeterian.'),
        p('Falköping har fått uppfattningen att det är nästan omöjligt att få tillstånd inomhus.'),
        p('Götene: kameror inomhus.'),
        p('Appar som nämns är för personal på gymnasiet.'),
        p('Viktigt att fortsätta prata om detta. Uppföljning av frågan nästa gång.'),
        actionItemJson({ assignee: 'André Essebro', task: 'André tar fram underlag.', due: DUE_NEXT_MEETING }),
        headingJson('Skolmiljarden (Katarina)'),
        p('De statliga medlen som kommer är ett engångsbelopp för 2022. Förra årets skolmiljard hanterades utan mellankommunala förehavanden. Det befanns vara mera administration än vad det gav. Samma gäller detta år, inga mellankommunala transaktioner, varje huvudman väljer hur man fördelar, men fristående och kommuner utanför samverkansområdet tilldelas enligt riktlinjer. Hela perspektivet förskola-vux ska beaktas.'),
        headingJson('LIU – grundlärare fritidshem (Maria)'),
        p('Fråga om grundlärare fritidshem har ställts från Mariestad till Linköpings universitet om de vill arrangera denna utbildning på distans kanske med några gruppträffar. Finns intresse från Skaraborgs kommuner? Några av kommunerna har inte svarat än. Har ni behov och i så fall av hur många individer? En uppskatta siffra räcker och man förbinder sig inte för något.'),
        headingJson('Medfinansiering statliga medel vux (Ove)'),
        p('Medfinansiering kring Yrkesbyrån är 15% 2022. Det har alltså sjunkit under dialogens gång. Medfinansiering KOMX är 0%.'),
        headingJson('Kvalitetssäkring av privata aktörer vux (Ove)'),
        p('Kalla fakta har visat ett program där man kan köpa sig betyg eller där elever inte fått den utbildning som det står på utbildningsintyget. Hur säkerställer vi att detta går rätt till i Skaraborg? Det bör finnas ett systematiskt kvalitetsarbete i uppdraget till vuxnätverket. Vuxnätverket är själva inne på samma linje och har uppmärksammat detta.'),
        headingJson('Klargörande kring beviljade naturbruksutbildning (Ove)'),
        p('Antalet Vux-ansökningar till naturbruksutbildningar som beviljades 2021 är 181 st, dessutom 58 lärlingar. Ingen har fått avslag om man är behörig att söka. Hur många som kommer in vet vi inte då de söker i konkurrens med andra.'),
        p('KomX hanterar inte dessa ansökningar utan det gör kommunerna.'),
        headingJson('Naturbruksavtalet'),
        p('Kommunerna ställer sig bakom Naturbruksavtalet. Det efterfrågades en gemensam formulering.'),
        // Original: "… och denna ska Hillevi ta reda på för att snabbt skicka ut till alla."
        actionItemJson({ assignee: 'Hillevi Larsson', task: 'Hillevi ska ta reda på gemensam formulering och skicka ut till alla.' }),
        headingJson('Former för nästa möte'),
        p('Nästa möte är fysiskt (Mösseberg) och förhoppningsvis är kommande möte fysiska.'),
      ]),
      agendaItemJson('Avslutning', [
        p('Ordförande avslutar mötet.'),
        p('Nästa möte: 10 mars Hotell Falköping, 11 mars Mössebergs Kurort Falköping'),
      ]),
    ),
  };
}

/** The fixture protocol as a meeting's Y.Doc. */
export function fixtureProtocolDoc(): Y.Doc {
  return buildMeetingDoc(fixtureProtocol());
}
