import type * as Y from 'yjs';
import { buildMeetingDoc, type MeetingDocContent } from '../buildMeetingDoc';
import { actionItemJson, agendaItemJson, docJson, paragraphJson as p } from '../nodeJson';
import { DUE_NEXT_MEETING } from '../types';

/** The fixture beside the checkout this structure is transcribed from. */
export const FIXTURE_NOTES_FILE = 'anteckningar-natverksmote.txt';

/**
 * The notes of a network meeting (six numbered items) as the editor holds
 * them. Text is verbatim with the line-end hyphenation of the export
 * joined; the tasks written as prose are action items. The notes name no
 * body, date or attendees, so neither does this.
 */
export function fixtureNotes(): Required<MeetingDocContent> {
  return {
    meta: {
      kind: 'notes',
      firstParagraph: 1,
      // "18/3 kl 08.30"; the year is that of the notes ("under 2022", "skolmiljarden … under februari").
      nextMeeting: { date: '2022-03-18', time: '08:30', place: 'Rudbecksgymnasiet eller via Teams' },
    },
    attendees: [],
    body: docJson(
      agendaItemJson('Uppföljning av skolchefsuppdrag – hur går vi vidare?', [
        p('Skolchefsgruppen har fått en avrapportering från skolcheferna som träffat de olika nätverken. Det kommer i nästa läge lyftas i direktionen. Frågan kring samverkan med vuxenutbildningen lyfts i många kommuner. En av svårigheterna med planeringen för IMY och IMV är de program med litet söktryck så det riskerar att bli en fråga om att stoppa antagningen för de som sökt det nationella programmet. Här lyftes även problemet kring dimensioneringsfrågan för alla huvudmän så att det inte bara berör de kommunala. I flertalet kommuner planerar man för IMY och IMV platser där det nationella programmet inte är fullt vilket gör att det inte blir några långsiktiga lösningar utan snarare år för år. Ytterligare ett problemområde som lyftes ur planeringssynpunkt var att antalet som söker skiljer sig väsentligt från de som verkligen vill gå utbildningen detta gällde både gymnasiet och vux. En framgångsfaktor som lyftes var att ha en person som hjälper ungdomarna t.ex. med att komma till sin APL plats och vara en stöttande åtminstone initialt. Vuxenutbildningen i regionen bör öka antalet platser och antalet utbildningar inom yrkesutbildningarna. Detta gör att man kan hamna i en konkurrenssituation med befintliga platser. Vi ser att regionen har svårt att utbilda så många vuxna inom yrkesutbildningarna som statsbidraget ger möjlighet till så en diskussion fördes kring om ungdomar under 20 år kan skrivas in genom särskilda skäl. Andre fick i uppdrag av gruppen att lyfta denna fråga i skolchefsgruppen.'),
        actionItemJson({ assignee: 'Andre', task: 'Andre återkommer med respons vid nästa nätverksmöte.', due: DUE_NEXT_MEETING }),
      ]),
      agendaItemJson('Utvärdering Nätverksdagen – hur blir vi bättre?', [
        p('Samtliga upplevde att nätverksdagen förlöpte väl och att deltagarna var nöjda både med nätverkandet och med föreläsningarna. VI behöver tänka på att bli än mer tydliga med förväntningar och styrning av innehåll och kommunicera det i tid inför kommande nätverksdagar. Många har gett uttryck för ett behov av att nätverka oftare än de dagar vi arrangerar.'),
        actionItemJson({
          assignee: 'Varje medlem i nätverket',
          task: 'Varje medlem i nätverket fick i uppdrag att diskutera på egna skolan/skolorna om möjligheten att arrangera en tid för nätverkande under ca 3h någon gång under 2022.',
          due: DUE_NEXT_MEETING,
        }),
        p('Frågan lyfts för beslut på kommande nätverksmöte.'),
      ]),
      agendaItemJson('Laget runt med fokus på covid-frågor', [
        p('Frånvaron av elever ligger på ca 25-30% och personalen något lägre. Inga stora skillnader mellan skolorna. Vissa skolor har haft fjärrundervisning i några klasser/program. Lärare som varit hemma med symptom men inte sjuka har haft lektioner på distans. Vi konstaterade att lärarna är hårt pressade av att stötta upp för frånvarande kollegor och att stötta de elever som inte kan delta i närundervisng. Många lärare har ”hybridlektioner” vilket även det kräver mycket. Vi diskuterade vikten av att lärarna får hälsofrämjande och teambildande aktiviteter på gemensamma tider framöver för återhämtning. På nästa möte fortsätter vi denna diskussion för att ge varandra tips på vad man kan göra för gruppen. Med en personalgrupp som är hårt belastad ser vi inte en lösning med förlängda skolår eller lovskola som några genomförbara åtgärder för de eleverna med studieskuld. Vi lyfte även oron för de elever som börjar till hösten som även de tappat djupet i sin utbildning de senaste 2 åren. Vi lyfte även frågan när vi tror att man kan ha större samlingar mm igen. Vi diskuterade även användningen av ”skolmiljarden” som skall beslutas under februari.'),
      ]),
      agendaItemJson('Hot och våld och oroshärdar bland elever – uppföljning ev åtgärder', [
        p('Många kommuner ser nu över säkerhetsrutiner, låssystem, larmfunktioner mm Det finns grupperingar på ett antal skolor som är oroshärdar för både elever och i viss mån personal. Det förkommer att obehöriga personer vistas på våra skolor och det är viktigt att dessa uppmärksammas och avvisas. Många lyfte samverkan med polisen som ett bra förebyggande arbete där de del av sin patrullerande tid genomför den i skolmiljön. Ett annat bra exempel var att upplåta skollokalerna som träningslokaler för polishundarna som behöver träna på drogletning. Ytterligare ett exempel var att ha trygghetsvärdar.'),
      ]),
      agendaItemJson('Planering student', [
        p('De flesta skolor planerar för att genomföra en traditionell studentavslutning. Alla har dock en plan för att genomföra den ungefär som vi ”tvingats” till de senaste 2 åren.'),
      ]),
      agendaItemJson('Nästa möte', [
        p('Nästa möte beslutades till den 18/3 kl 08.30 på Rudbecksgymnasiet eller via Teams. På detta möte är Varas representant sekreterare.'),
      ]),
    ),
  };
}

/** The fixture notes as a meeting's Y.Doc. */
export function fixtureNotesDoc(): Y.Doc {
  return buildMeetingDoc(fixtureNotes());
}
