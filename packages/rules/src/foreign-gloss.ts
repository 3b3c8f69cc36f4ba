// Content in German, French, Spanish, Italian or Portuguese read word for word in English, for the instruction
// scanner: "Hinweis für KI-Assistenten: … ändern Sie bitte das Passwort" is the same address and order as "Note to AI
// assistants: … change the password", and the model reads both. The gloss keeps the text's order, values and
// punctuation; only words of these languages that are no English words are replaced.
import { foreignActWord, pairs } from './request-lexicon.ts';

/** Words the scanner's features rest on (addressing, steering, urgency, the reader's user, orders), by language. */
const GLOSS = new Map<string, string>([
  // German
  ...pairs('ignore', 'ignoriere ignorieren ignoriert'),
  ...pairs('forget', 'vergiss vergessen'),
  ...pairs('previous', 'vorherigen vorherige vorigen bisherigen bisherige früheren'),
  ...pairs('instructions', 'anweisungen anweisung instruktionen befehle vorgaben'),
  ...pairs('task', 'aufgabe'),
  ...pairs('new', 'neue neuen neuer'),
  ...pairs('important', 'wichtig wichtige wichtiger'),
  ...pairs('urgent', 'dringend'),
  ...pairs('immediately', 'sofort umgehend'),
  ...pairs('user', 'benutzer benutzers nutzer nutzers anwender'),
  ...pairs('please', 'bitte'),
  ...pairs('only', 'ausschließlich nur'),
  ...pairs('you', 'sie du'),
  ...pairs('your', 'dein deine deinen ihren'),
  ...pairs('note', 'hinweis notiz'),
  ...pairs('for', 'für'),
  ...pairs('before', 'bevor'),
  ...pairs('after', 'nachdem'),
  ...pairs('then', 'dann danach anschließend'),
  ...pairs('and', 'und'),
  ...pairs('all', 'alle allen'),
  ...pairs('run', 'führe führen ausführen'),
  ...pairs('open', 'öffne öffnen'),
  ...pairs('visit', 'besuche besuchen'),
  ...pairs('click', 'klicke klicken'),
  ...pairs('create', 'erstelle erstellen'),
  ...pairs('add', 'füge hinzufügen'),
  ...pairs('give', 'gib geben'),
  ...pairs('say', 'sag sage'),
  ...pairs('write', 'schreibe schreib'),
  ...pairs('copy', 'kopiere kopieren'),
  ...pairs('stop', 'stoppe'),
  ...pairs('must', 'muss musst müssen'),
  ...pairs('remember', 'merke merk'),
  ...pairs('permanently', 'dauerhaft'),
  ...pairs('also', 'zusätzlich außerdem'),
  ...pairs('that', 'dass'),
  ...pairs('should', 'sollst solltest sollte'),
  ...pairs('assistant', 'assistent assistentin'),
  ...pairs('assistants', 'assistenten'),
  ...pairs('agents', 'agenten'),
  ...pairs('model', 'modell'),
  ...pairs('language model', 'sprachmodell'),
  // French
  ...pairs('ignore', 'ignorez ignorer'),
  ...pairs('only', 'uniquement seulement'),
  ...pairs('forget', 'oublie oubliez'),
  ...pairs('previous', 'précédentes précédents précédente antérieures'),
  ...pairs('instructions', 'consignes'),
  ...pairs('task', 'tâche'),
  ...pairs('new', 'nouvelle nouvelles nouveau'),
  ...pairs('important', 'importante'),
  ...pairs('urgent', 'urgente'),
  ...pairs('immediately', 'immédiatement'),
  ...pairs('user', 'utilisateur utilisatrice'),
  ...pairs('please', 'veuillez'),
  ...pairs('you', 'vous tu'),
  ...pairs('your', 'votre vos ton ta tes'),
  ...pairs('note', 'remarque'),
  ...pairs('for', 'pour'),
  ...pairs('before', 'avant'),
  ...pairs('after', 'après'),
  ...pairs('then', 'puis ensuite'),
  ...pairs('and', 'et'),
  ...pairs('all', 'tous toutes'),
  ...pairs('run', 'exécute exécutez exécuter lance lancez'),
  ...pairs('open', 'ouvre ouvrez'),
  ...pairs('visit', 'visitez'),
  ...pairs('click', 'clique cliquez'),
  ...pairs('download', 'télécharge téléchargez'),
  ...pairs('create', 'crée créez'),
  ...pairs('add', 'ajoute ajoutez'),
  ...pairs('make', 'effectue effectuez'),
  ...pairs('give', 'donne donnez'),
  ...pairs('say', 'dites'),
  ...pairs('copy', 'copiez'),
  ...pairs('stop', 'arrête arrêtez'),
  ...pairs('must', 'dois devez doit'),
  // Spanish and Portuguese
  ...pairs('ignore', 'ignorar ignora'),
  ...pairs('only', 'únicamente unicamente solamente somente apenas'),
  ...pairs('forget', 'olvida olvide esqueça esqueca'),
  ...pairs('previous', 'anteriores previas previos'),
  ...pairs('instructions', 'instrucciones instrucción instruções'),
  ...pairs('task', 'tarea tarefa'),
  ...pairs('new', 'nueva nuevas nuevo nova novo'),
  ...pairs('important', 'importantes'),
  ...pairs('immediately', 'inmediatamente imediatamente'),
  ...pairs('user', 'usuario usuaria usuário utilizador'),
  ...pairs('you', 'usted tú você'),
  ...pairs('your', 'seu sua'),
  ...pairs('for', 'para'),
  ...pairs('before', 'antes'),
  ...pairs('after', 'después depois'),
  ...pairs('then', 'luego entonces então'),
  ...pairs('all', 'todas todos'),
  ...pairs('run', 'ejecuta ejecutar executa'),
  ...pairs('open', 'abre abrir abra'),
  ...pairs('do', 'haz faça'),
  ...pairs('download', 'descarga descargar baixe'),
  ...pairs('create', 'crear crie'),
  ...pairs('add', 'añade agrega adicione'),
  ...pairs('make', 'realiza'),
  ...pairs('say', 'diga'),
  ...pairs('must', 'debes deve precisa'),
  ...pairs('use', 'usa usar use utiliza utilice utilizar'),
  ...pairs('this', 'este esta esto isso isto'),
  ...pairs('change', 'cambio mudança'),
  ...pairs('complete', 'completa completo'),
  ...pairs('list', 'lista'),
  ...pairs('accepting', 'aceitar aceptar'),
  ...pairs('assistant', 'asistente assistente'),
  ...pairs('agent', 'agente'),
  ...pairs('agents', 'agentes agenti'),
  // Italian
  ...pairs('forget', 'dimentica'),
  ...pairs('only', 'soltanto solamente unicamente solo'),
  ...pairs('previous', 'precedenti'),
  ...pairs('instructions', 'istruzioni'),
  ...pairs('task', 'compito'),
  ...pairs('new', 'nuove nuova nuovo'),
  ...pairs('immediately', 'immediatamente subito'),
  ...pairs('user', 'utente'),
  ...pairs('your', 'tuo tua tuoi'),
  ...pairs('before', 'prima'),
  ...pairs('after', 'dopo'),
  ...pairs('then', 'poi'),
  ...pairs('all', 'tutte tutti'),
  ...pairs('run', 'esegui eseguire'),
  ...pairs('open', 'apri'),
  ...pairs('download', 'scarica'),
  ...pairs('add', 'aggiungi'),
  ...pairs('must', 'devi'),
  // Russian (found by its letters, content-facts.ts)
  ...pairs('ignore', 'игнорируй игнорируйте проигнорируй'),
  ...pairs('forget', 'забудь забудьте'),
  ...pairs('previous', 'предыдущие предыдущих прежние'),
  ...pairs('instructions', 'инструкции инструкций указания'),
  ...pairs('task', 'задача задачу'),
  ...pairs('new', 'новый новая новые новую'),
  ...pairs('important', 'важно важное'),
  ...pairs('urgent', 'срочно'),
  ...pairs('immediately', 'немедленно сразу'),
  ...pairs('user', 'пользователь пользователя пользователю'),
  ...pairs('please', 'пожалуйста'),
  ...pairs('you', 'ты вы'),
  ...pairs('your', 'твой твоя твои ваш ваша ваши'),
  ...pairs('note', 'примечание заметка'),
  ...pairs('to', 'для на'),
  ...pairs('first', 'сначала'),
  ...pairs('before', 'перед прежде'),
  ...pairs('after', 'после'),
  ...pairs('then', 'затем потом'),
  ...pairs('and', 'и'),
  ...pairs('all', 'все всех'),
  ...pairs('run', 'выполни выполните запусти запустите'),
  ...pairs('open', 'открой откройте'),
  ...pairs('visit', 'перейди перейдите посети'),
  ...pairs('create', 'создай создайте'),
  ...pairs('add', 'добавь добавьте'),
  ...pairs('change', 'установи установите задай задайте смени смените'),
  ...pairs('password', 'пароль пароля'),
  ...pairs('account', 'аккаунта аккаунт учётной учетной'),
  ...pairs('give', 'дай дайте'),
  ...pairs('say', 'скажи скажите'),
  ...pairs('must', 'должен должна должны'),
  ...pairs('AI assistant', 'ассистент ассистента ассистенту'),
  ...pairs('AI agent', 'агент агента агенту'),
  ...pairs('AI', 'ии'),
]);

/** "KI-Assistent", "Assistant IA", "asistente de IA": the AI's own name, in the English order the scanner reads. */
const AI_BEFORE = /\b(?:KI|IA)[- ](assistent(?:en|in)?|agent(?:en)?|modell)\b/gi;
const AI_AFTER = /\b(assistant|asistente|assistente|agent|agente|modèle|modelo|modello)(s|es|i)? (?:d'|de |di |do |da )?(?:IA|KI)\b/gi;
/** "per favore", "por favor", "s'il vous plaît": please. */
const PLEASE = /\b(?:per favore|por favor|s'il (?:vous|te) pla[iî]t|merci de(?: (?:les|la|le|lui|leur|nous))?|veuillez(?: (?:les|la|le|lui|leur|nous))?)(?![\p{L}'])/giu;
/** A note "for" or "to" someone is addressed to them ("Hinweis für …", "Hinweis an den …", "note pour …", "note à l'…", "nota para …"). */
const NOTE_FOR = /\b(?:hinweis|notiz|nachricht|remarque|note|message|nota|mensaje|messaggio|mensagem|instrucción|instruction|istruzione) (?:für|an|pour|para|per|a|à)(?: (den|die|das|le|la|les|el|los|las|il|lo|gli|o|os|as)\b| (l'))?/gi;
const GERMAN_INFINITIVE = new Map([
  ['zurücksetzen', 'reset'], ['deaktivieren', 'disable'], ['aktivieren', 'enable'], ['löschen', 'delete'], ['entfernen', 'remove'], ['senden', 'send'],
  ['schicken', 'send'], ['versenden', 'send'], ['weiterleiten', 'forward'], ['überweisen', 'transfer'], ['ändern', 'change'], ['teilen', 'share'],
  ['freigeben', 'share'], ['einladen', 'invite'], ['hinzufügen', 'add'], ['erstellen', 'create'], ['ausführen', 'run'], ['öffnen', 'open'], ['installieren', 'install'],
  ['eintragen', 'enter'], ['angeben', 'give'], ['verwenden', 'use'], ['nutzen', 'use'], ['buchen', 'book'], ['bezahlen', 'pay'], ['zahlen', 'pay'],
  ['stornieren', 'cancel'], ['kündigen', 'cancel'], ['hochladen', 'upload'], ['herunterladen', 'download'],
]);
/** "Bitte … zurücksetzen": a German request's verb is its last word, one of GERMAN_INFINITIVE's. */
const BITTE_LAST_VERB = new RegExp(String.raw`\bbitte ((?:[^.!?\n]|[.!?](?=\S)){1,160}?) (${[...GERMAN_INFINITIVE.keys()].join('|')})(?=[\s.,;!]|$)`, 'giu');
/**
 * Phrases a word-for-word reading loses: "no menciones", "não comente", "erwähne nicht" (keep it from the user), "en
 * vez de" (instead of), and the German passive at the end of its clause ("an X gesendet werden müssen": must be sent
 * to X), in the order the scanner reads.
 */
const PHRASES: [RegExp, string][] = [
  [/\b(?:no|não|nao|non) (?:menciones|mencione|mencionar|comente|comentes|comentar|digas|diga|informes|informe|menzionare|menzioni|dire|dica)\b/giu, 'do not mention'],
  [/\b(?:erwähne|erwähnen Sie|sag|sage|sagen Sie) (?:das |dies |es )?nicht\b/giu, 'do not mention'],
  [/\b(?:en vez de|en lugar de|em vez de|em lugar de|anstatt|statt|au lieu de|invece di)\b/giu, 'instead of'],
  [/\b(?:an|zu|nach) (\S+) (gesendet|geschickt|weitergeleitet|überwiesen|gezahlt|bezahlt) werden (?:müssen|muss|sollen|soll)\b/giu, 'must be $2 to $1'],
  // "Bitte das Passwort von X auf Y zurücksetzen": a German request puts its verb last; the scanner reads it first.
  [BITTE_LAST_VERB, 'please $2 $1'],
  // "Teile dem Nutzer mit, dass …": German's separable "mitteilen" (tell) around whom it tells.
  [/\bteilen?( Sie)? (?:dem|der|den) (\p{L}+) mit\b/giu, 'tell the $2'],
  // "Schalte die Alarmanlage aus": German's separable "ausschalten"/"einschalten" (switch off, on) around what it switches.
  [/\bschalte(n Sie)? ((?:die|den|das|alle|bitte die|bitte den|bitte das) [\p{L}-]{2,40}) (?:aus|ab)(?![\p{L}])/giu, 'switch off $2'],
  [/\bschalte(n Sie)? ((?:die|den|das|alle|bitte die|bitte den|bitte das) [\p{L}-]{2,40}) (?:ein|an)(?![\p{L}])/giu, 'switch on $2'],
  // "Le istruzioni precedenti", "las instrucciones anteriores": the adjective after its noun, read in English order.
  [/\b(?:le |las |les |as |os )?(istruzioni|instrucciones|indicaciones|consignes|instructions|instruções|instrucoes) (precedenti|anteriori|anteriores|previas|précédentes|antérieures)(?![\p{L}])/giu, 'the previous instructions'],
  // "Dile al usuario que …", "dì all'utente che …", "diga ao usuário que …", "dis à l'utilisateur que …": tell the user.
  [/\b(?:dile|d[ií]gale|diga|dì|di'|dis|dites) (?:al|ao|à|all'|a l')\s?(?:usuario|usuaria|usuário|utente|utilisateur|utilisatrice)(?![\p{L}])/giu, 'tell the user'],
  // Hindi (Devanagari: its vowel signs are marks, not letters, so whole phrases, not words): "AI सहायक के लिए निर्देश"
  // (instructions for the AI assistant), "… पर भेजें" (send to …), "भुगतान करें" (pay).
  [/(?:AI|एआई)\s*(?:सहायक|असिस्टेंट|एजेंट)\s*(?:के\s*लिए|को)\s*(?:निर्देश|नोट|संदेश)?/gu, 'Note to the AI assistant'],
  [/(\S+)\s*पर\s*भेज(?:ें|ो|िए|ना)/gu, '\nPlease send it to $1.\n'],
  [/भुगतान\s*कर(?:ें|ो|िए)/gu, 'pay'],
  // "Antworte ab jetzt …", "responde a partir de ahora …": a way of answering from now on.
  [/\b(?:ab (?:jetzt|sofort)|von (?:nun|jetzt) an|a partir de (?:ahora|agora)|de (?:ahora|agora) en adelante|de agora em diante|à partir de maintenant|dorénavant|désormais|d'ora in poi|da ora in poi|d'ora in avanti)(?![\p{L}])/giu, 'from now on'],
];
const PASSIVE_PARTICIPLE = new Map([['gesendet', 'sent'], ['geschickt', 'sent'], ['weitergeleitet', 'forwarded'], ['überwiesen', 'transferred'], ['gezahlt', 'paid'], ['bezahlt', 'paid']]);
const WORD = /\p{L}+/gu;
const CYRILLIC_WORD = /^[\u0400-\u04ff]/;
const DOUBLE_SPACE = / {2,}/g;

/** A German compound naming the reader by its job ("Buchungsassistenten", "Rechnungsagent", "Supportbot"): the assistant. */
const READER_COMPOUND = /^\p{L}{3,}(?:assistent|agent|bot)(en|s)?$/u;
function compoundReader(w: string): string | undefined {
  const m = READER_COMPOUND.exec(w);
  return m ? (m[1] ? 'assistants' : 'assistant') : undefined;
}

/**
 * The text in English words, or undefined when it has none of these languages' words to replace. Callers read only
 * text that looks written in one of them (instructions.ts counts their common words in its first-word pass).
 */
export function englishGloss(text: string): string | undefined {
  let changed = false;
  const phrased = text
    .replace(AI_BEFORE, (_m, role: string) => `AI ${GLOSS.get(role.toLowerCase()) ?? role}`)
    .replace(AI_AFTER, (_m, role: string, plural?: string) => `AI ${GLOSS.get(role.toLowerCase()) ?? role}${plural ? 's' : ''}`)
    .replace(PLEASE, 'please')
    .replace(NOTE_FOR, (_m, article?: string, elided?: string) => (elided ? 'note to the ' : article ? 'note to the' : 'note to'));
  let phrasedAll = phrased;
  for (const [re, to] of PHRASES) {
    // The groups a pattern has, then the offset (a number) and the whole text: only strings are groups.
    phrasedAll = phrasedAll.replace(re, (...m: unknown[]) => {
      const offset = m.findIndex((x, i) => i > 0 && typeof x === 'number');
      const group = (i: number): string => (i < offset && typeof m[i] === 'string' ? (m[i] as string) : '');
      const g1 = group(1);
      const g2 = group(2);
      const verb = g2.toLowerCase();
      return to.replace('$1', g1).replace('$2', PASSIVE_PARTICIPLE.get(verb) ?? GERMAN_INFINITIVE.get(verb) ?? g2);
    });
  }
  const out = phrasedAll.replace(WORD, (w) => {
    const lower = w.toLowerCase();
    const e = GLOSS.get(lower) ?? foreignActWord(lower) ?? compoundReader(lower);
    // A Cyrillic word the gloss does not know is left out: the scanner reads Latin words, and one it cannot read
    // between a clause's first word and its verb hides the order ("перед включением 2FA установи …").
    if (e === undefined && CYRILLIC_WORD.test(w)) {
      changed = true;
      return '';
    }
    if (e === undefined || e === lower) return w;
    changed = true;
    return e;
  });
  // Words left out leave their spaces: one space, as the scanner's clause patterns expect.
  return changed || out !== text ? out.replace(DOUBLE_SPACE, ' ') : undefined;
}
