// What a user's request asks for, as the words action-families.ts reads ("send the NDA back to Elena" asks for a
// message; "my latest email" names one), and whether it hands over what content says or asks for more parties than it
// names. The request's values and party names are session-state.ts's.
import { CONTENT_OBJECT, PAYMENT_PHRASE } from './action-families.ts';
import { hasDigit } from './cheap-tests.ts';
import { foreignActWords } from './request-lexicon.ts';
import { TextMemo } from './text-memo.ts';
import { WordPrefixes, wordGate, type WordGate } from './word-prefixes.ts';
import { textWords } from './words.ts';

/**
 * "Tell me the total", "let us know", "give me a quick summary", "get me the repo's details": the user asks for the answer, not for a message to
 * someone (the send family) or for something to be handed over. Not what is given to the user in the app ("give me
 * access to the repo", "give me a refund"): that is a grant or a payment.
 */
const ASK_FOR_ANSWER = /\b(?:tell|show|inform|remind|notify) (?:me|us)\b|\blet (?:me|us) know\b|\b(?:give|get|fetch|find|grab|pull up) (?:me|us)\b(?! (?:(?:admin|read|write|edit|full) )?(?:access|permissions?|rights|roles?|a refund|refunds?|credits?|a credit|a discount)\b)/gi;
/**
 * What the user says not to do asks for nothing: "Draft our response. Do not send anything.", "don't email them yet",
 * "without paying": the clause after the negation, to its punctuation.
 */
const NEGATED = /\b(?:do not|don't|don’t|dont|never|no need to|without)\b[^.!?\n;,]*/gi;
/** A condition in the sentence ("if it's over $500 don't pay it, otherwise go ahead", "don't pay it unless …"): the act is asked, on a condition. */
const CONDITION = /\b(?:if|unless|otherwise|except|only|until|when|as long as)\b|(?:如果|否则|なら|場合|면)/i;
const SENTENCE = /[^.!?\n。！？]+[.!?\n。！？]*/g;

/**
 * A question about what is ("How much do I pay for Spotify each month?", "When did I last send rent?", "What did we
 * transfer to Bob?", "Did I pay the rent this month?") asks to be told what was done, not for the act: the verb
 * after "do I", "did we" is not asked for. The rest of its words stay (what it asks about is what the agent reads:
 * "based on the emails"). Not a question put to the agent as a request ("Can you pay it?", "Could you send the file?",
 * "Would you please book it?").
 */
const INFO_QUESTION = /(?<=^|[.!?\n]\s*)(?:how (?:much|many|often|long)|when|what|which|where|who|why|since when|(?:did|do|does|have|has|had) (?:i|we)(?= ))\b(?![^?.!\n]*\b(?:you|please|can|could|would|will)\b)[^?.!\n]*\?/gi;
/** The act a question asks about: the verb after "do I", "did we", "have I ever" (its auxiliary and subject kept). */
const ASKED_ABOUT_ACT = /\b((?:do|did|does|have|has|had) (?:i|we)(?: (?:last|ever|usually|already|still|just|first|normally|typically))?) [a-z]+/gi;

function withoutQuestions(text: string): string {
  return text.indexOf('?') < 0 ? text : text.replace(INFO_QUESTION, (q) => q.replace(ASKED_ABOUT_ACT, '$1'));
}

function withoutNegated(text: string): string {
  // `search` starts at 0 whatever the global regex's lastIndex.
  if (text.search(NEGATED) < 0) return text;
  return text.replace(SENTENCE, (s) => (CONDITION.test(s) ? s : s.replace(NEGATED, ' ')));
}
/** "e-mail" is one word ("her e-mail" names an address; split, its "mail" asked for sending). */
const E_MAIL = /\be-mail/gi;
/**
 * The user hands the agent orders found in content: "follow the instructions in …", "do the tasks on my to-do list",
 * "complete what the email asks", "process the open tickets", "set it up as the wiki page says", "handle it per our
 * refund policy". Then an order in that content is the user's, not a redirection. Not the user's own list, given
 * after a colon ("Perform the following tasks in the order they are given: 1. …"); "complete these tasks from Bob's
 * email" still hands Bob's over. "Onboard Fatima, use the onboarding checklist" hands over the checklist's steps, "send the
 * slides to everyone who asked for them" the requests it reads, "run the incident process", "follow their setup page",
 * "do what IT-3381 says", "do what Bob suggests in #general", "grant the access requested in IT-3381" what those say, "handle my unread emails", "go through my
 * inbox and take care of whatever needs doing" what the emails ask; "follow the KB article on resets" what the article says; "set it up following the README", "cut the release
 * per docs/RELEASING.md", "instala las dependencias siguiendo el README", "install whatever the README says" what the document says.
 */
const DELEGATES =
  /\b(?:follow|do|complete|perform|execute|carry out|handle|action|go through|take care of|process|deal with|work through|act on|resolve|use|using|apply|run)\b(?![^.?!\n]{0,40}?\b(?:following|these|below)\b[^.?!\n]{0,60}?:)(?:[^.?!\n]|\.(?=\w)){0,80}?(?<![/(])\b(?:instructions?|tasks?|to-?dos?|steps?|actions|action items|requests?|tickets?|checklists?|runbooks?|playbooks?|sops?|procedures?|process(?:es)?|(?:kb|knowledge[- ]base|help[- ]?cent(?:er|re)|support|wiki|how-?to) (?:articles?|pages?|entr(?:y|ies))|workflows?|(?:unread |new |open )?e-?mails|inbox|(?:whatever|anything|what) (?:needs?|is needed) (?:to be )?(?:doing|done|handled)|guides?|docs|documentation|readme|quickstart|tutorial|(?:setup|install(?:ation)?|getting started) page|what [^.?!\n]{1,40}? (?:says?|said|asks?|asked|requests?|requested|tells?|told|wants?|wanted|needs?|needed|suggests?|suggested|proposes?|proposed|recommends?|recommended))\b|\b(?:like|as|the way|how) (?:the|that|this|my|our|his|her|their|its) (?:[a-z-]+ ){0,2}(?:says?|asks?|describes?|explains?|instructs?|shows? (?:me|us|you|how))\b|\b(?:as )?(?:described|explained|instructed|specified|outlined|requested|asked for|asks for|listed) (?:in|on|by)\b|(?<!\b(?:the|these) )\b(?:following|per|as per|according to|like|as in|siguiendo|según|gemäß|laut|suivant|selon|seguendo|secondo) (?:(?:the|its|our|my|this|that|their|el|la|los|las|su|sus|der|die|das|dem|den|le|les|il|lo)\s)?(?:[a-z-]+ ){0,2}(?:readme|documentation|guide|manual|wiki|runbook|playbook|checklist|instructions|directions|steps|istruzioni|instrucciones|instruções|anweisungen|anleitung|[\w./-]+\.(?:md|rst|txt|adoc))(?![\w-])(?!\s*(?:below|above|:))|\bwhatever (?:(?:the|its|this|that|our|my) (?:[a-z-]+ ){0,2}|(?:issue|ticket|pr|task|card|story|bug) [\w#/.-]+ (?:[\w/.-]+ ){0,3}|(?:they|he|she|it) )(?:says?|asks?|lists?|needs?|requires?|tells?|wants?)\b|\b(?:per|according to|following|in line with) (?:the|our|my|their|its|this|that) (?:[a-z-]+ ){0,2}(?:policy|policies|process|procedure|runbook|playbook|guidelines?|rules|sop)\b|\b(?:everyone|everybody|anyone|anybody|whoever|all those|those|people|each person|the people|the ones) (?:who|that) (?:has |have |had )?(?:asked|requested|wants?|wanted|needs?|needed|replied|rsvped|signed up)\b/i;
/** Working through a document named in quotes: "Work through 'Offsite prep' in notion", "follow 'Onboarding – Priya'". */
const WORK_THROUGH_NAMED = /\b(?:follow|work through|go through|run through|carry out|complete|action|process)\s+(?:(?:the|my|our|this|that|her|his|their)\s+)?(?:[a-z-]+\s+){0,2}?['"‘“][^'"’”\n]{3,80}['"’”]/i;
/** One of the items read, by who gave it: "Do the one my manager assigned about the vendor contacts". */
const THE_ONE_ASSIGNED = /\b(?:do|complete|handle|action|finish)\s+the one\s+(?:[a-z']+\s+){1,3}?(?:assigned|sent|gave|left|shared|created|wrote|flagged|mentioned|asked for)\b/i;
const DELEGATES_ALL = new RegExp(`${DELEGATES.source}|${WORK_THROUGH_NAMED.source}|${THE_ONE_ASSIGNED.source}`, 'gi');
/** Where a sentence ends: a full stop, question or exclamation mark before a space (not inside a link or a file name), or a line break. */
const SENTENCE_END = /[.?!](?=\s|$)|\n/g;

/** The whole sentences the delegation phrases are in, at most a few: "2. Please do the actions specified in the email from 'd@…'". */
function delegationSentences(text: string): string[] {
  const out: string[] = [];
  DELEGATES_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < 4 && (m = DELEGATES_ALL.exec(text)) !== null) {
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    let e: RegExpExecArray | null;
    while ((e = SENTENCE_END.exec(text)) !== null && e.index < m.index) start = e.index + 1;
    const end = e === null ? text.length : e.index + 1;
    if (!readsForOneAct(m[0], text.slice(m.index + m[0].length, end))) out.push(text.slice(start, end));
    DELEGATES_ALL.lastIndex = Math.max(end, m.index + 1);
  }
  return out;
}

/**
 * Reading through the items to do one named act with them ("go through my unread emails and reply yes to any
 * invitation", "process the open tickets and close the duplicates"): the user gives the act, not whatever the items
 * ask. A catch-all after it ("… and take care of whatever needs doing", "… and do what they ask") still hands them over.
 */
function readsForOneAct(phrase: string, rest: string): boolean {
  return READ_THROUGH.test(phrase) && ONE_ACT_AFTER.test(rest) && !CATCH_ALL.test(rest);
}
const READ_THROUGH = /^(?:go through|work through|process)\b/i;
const ONE_ACT_AFTER = /^[^.?!\n,;]{0,20}? and (?:then )?(?:reply|respond|answer|archive|label|flag|summari[sz]e|forward|delete|mark|tag|move|accept|decline|rsvp|draft|list|star|unsubscribe|close|assign|categori[sz]e|translate|extract|collect|pay|approve|reject|file)\b/i;
const CATCH_ALL = /\b(?:whatever|anything|what(?:ever)? (?:they|it|each|the [a-z]+) (?:asks?|says?|needs?|wants?|requests?)|as (?:asked|requested|needed)|handle|take care|deal with)\b/i;

/** Following a procedure document: a verb or preposition of following, then a document's name. */
const FOLLOWS_DOC = /\b(?:follow(?:ing)?|per|according to|like|as in|as|do what|whatever|siguiendo|según|gemäß|laut|suivant|selon|seguendo|secondo|sigue|siga|sigan|segue|segua|suis|suivez|folge|befolge|befolgen)\b[^.?!\n]{0,40}?\b(?:readme|runbooks?|playbooks?|guides?|docs|documentation|manual|wiki|checklist|sop|templates?|quickstart|tutorial|(?:kb|knowledge[- ]base|help[- ]?cent(?:er|re)|support|wiki|how-?to) (?:articles?|pages?|entr(?:y|ies))|setup (?:page|guide|sheet)|[\w./-]+\.(?:md|rst|adoc))\b/i;
/**
 * A message or a page that says how to do what is asked: "cancel my gym membership, the welcome email explains how",
 * "le mail de bienvenue explique comment faire", "die Mail vom Amt erklärt, wie". Its steps are the user's (as a
 * runbook's are). The verb in the third person after what says it: "explain how it works" asks for an explanation.
 */
const EXPLAINS_HOW =
  /\b(?:e-?mails?|mails?|letters?|messages?|notes?|notices?|docs?|documents?|pages?|websites?|site|instructions|courriels?|lettres?|briefe?|nachrichten?|seiten?|schreiben|correos?|cartas?|mensajes?|lettera|messaggio|mensagem|documentos?)\b[^.?!\n]{0,40}?\b(?:explains|says|tells you|shows|describes|explique|décrit|indique|erklärt|beschreibt|explica|indica|spiega|descrive)[,:]?\s+(?:comment|how|wie|cómo|como|come)\b/i;
/** A procedure by name, or a file by its name, in a delegation's sentence (see RequestReading.handsOverOwnDoc). */
const OWN_DOCUMENT = /\b(?:sops?|runbooks?|playbooks?|procedures?|checklists?|kb|knowledge[- ]base|wiki|guides?|manual|readme|documentation|polic(?:y|ies)|[\w-]+\.(?:txt|md|docx?|pdf|csv|xlsx?|json|ya?ml))\b/i;
/** A runbook named by its id as the whole instruction ("checkout pages stale. runbook CACHE-2"): do what it says. */
const RUNBOOK_ID = /\b(?:[Rr]unbook|[Pp]laybook|SOP)\s+#?[A-Z][A-Z0-9]*-?\d+\b/;
/** "Follow the ops doc" in Chinese and Japanese (按照运维文档来, 手順書に従って). */
const FOLLOW_DOC_CJK = /(?:按照|根据|参照|依照|按)[^，。,.\n]{0,12}?(?:文档|手册|说明|指南|步骤|runbook|readme)|(?:手順書|マニュアル|ドキュメント|README)(?:に従って|の通りに|どおりに)/i;

/**
 * A catch-all with what the agent read as its object: "handle it", "deal with them", "sort it out", "take care of the
 * email from Greta", "handle Intercom conversation 2219", "give them what they asked for", "the audit task wants my
 * vendor contacts sent to the auditor — do it", "read ticket OPS-771 and carry it out". The user hands over what that content asks (RequestReading.handsOver).
 */
const HANDLE_IT =
  /\b(?:handle|deal with|take care of|sort out|work|action) (?:it|this|that|them|these|those|(?:(?:the|her|his|their|this|that) )?(?:[a-z0-9-]+ ){0,2}(?:e-?mail|message|voicemail|ticket|request|case|inquiry|enquiry|conversation|thread|chat|thing|stuff|issue|matter|business|follow[- ]?up|to-?do|action item)s?)\b|\bsort (?:it|this|that|them) out\b|\bcarry (?:it|this|that|them|these|those) out\b|\b(?:execute|implement) (?:it|this|that|them|these|those)\b|\bgive (?:them|him|her) what (?:they|he|she) (?:asked|asks|need|needs|want|wants|requested)\b|\b(?:wants?|asks?(?: for)?|needs?|says?|requests?)\b[^?!\n]{1,100}?[,;:.—–-]\s*(?:so |then |just |please )?(?:do it|do that|go ahead)\b/i;
/**
 * A review's comments handed over: "address the review comments on PR #482", "apply the reviewer's suggestions",
 * "resolve the PR feedback", "work through Dana's review". Each comment asks for a change; doing what they ask is the
 * task. (What a comment may still not get by being handed over, a secret printed to a log or sent out, the
 * exfiltration rule raises whoever asked.)
 */
const REVIEW_FEEDBACK = /\b(?:address|resolve|apply|implement|incorporate|handle|action|work through|take care of)\s+(?:(?:(?:all|any|each|every)(?:\s+of)?|the|his|her|their|my|our|[a-z0-9.-]+['’]s)\s+){0,2}(?:(?:pr|mr|code|pull request|merge request|open|outstanding|remaining|latest|new|unresolved)\s+){0,2}(?:review(?:er)?(?:['’]s|s['’]?)?\s+)?(?:comments?|feedback|suggestions?|requested changes|change requests?|nits?|review)\b/i;
/** A queue handed over whole: "handle what's in the tier-1 queue", "work through everything in the backlog", "clear the queue". */
const HANDLE_QUEUE = /\b(?:handle|deal with|take care of|work(?: through)?|clear|process|action|go through) (?:(?:what'?s|whatever'?s?|everything|anything|all(?: that'?s)?|what is|whatever is|(?:the |all the |all )?(?:[a-z0-9-]+ ){0,2}(?:requests?|tickets?|cases?|items?|tasks?|messages?|e-?mails?)) (?:left |open |waiting )?in )?(?:the |my |our |this )?(?:[a-z0-9-]+ ){0,2}(?:queue|backlog)s?\b/i;
/** The same catch-alls in French, Spanish and German ("gère ça", "occupe-toi du ticket", "atiende el correo", "kümmer dich um die Mail"). */
const FOREIGN_HANDLE = /(?<!\p{L})(?:gère|gérer|gérez|occupe-toi|occupez-vous|atiende|atender|atienda|encárgate|ocúpate|kümmer|kümmere|kümmern|erledige|erledigen)(?!\p{L})/iu;
/**
 * Words that are a verb or a noun ("email Bob" / "my latest email"). After a determiner they are the object: kept as
 * their plural, which action-families reads as the object only ("Summarize my latest email" asks for no email to be
 * sent).
 */
const NOUN_OR_VERB = new Map([['email', 'emails'], ['mail', 'mails'], ['message', 'messages'], ['dm', 'dms'], ['text', 'texts'], ['slack', 'slacks'], ['log', 'logs']]);
const SHOULD_BE_IN = /\bshould (?:be (?:in|on|added to|invited to)|join|attend) (?:the |our |my |this |next |tomorrow's |friday's )?(?:[\w'-]+ ){0,2}(?:retro|retrospective|meeting|call|sync|review|standup|stand-up|event|kickoff|workshop|demo|interview|channel|group|thread|invite)s?\b/i;
/** Records loaded or imported into a system are created there: "load the badge scans into Outreach". */
const LOAD_INTO = /\b(?:load|import)\b[^.?!\n]{0,80}?\binto\b/i;
/** "Log in", "log out": signing in, not a record logged. */
const LOG_PARTICLE: ReadonlySet<string> = new Set(['in', 'into', 'on', 'onto', 'out', 'off']);
/**
 * "Slack" and "text" name the platform or the format after a preposition or a kind ("post it on Slack", "paste it as plain text"), and
 * after "to" where no one follows to be written to ("invite Dora to Slack and add her to #general", "Invite Dora to
 * Slack. You can find …"): kept as nouns. "Remember to slack Dev the PIN" asks for a message.
 */
const PLATFORM_NAMED =
  /\b(on|in|into|onto|via|through|over|from|within|as|of|plain|raw|rich|to) (slack|text)\b(?:(?<=\b(?:on|in|into|onto|via|through|over|from|within|as|of|plain|raw|rich) \w+)|(?=\s*(?:$|[.,;:!?)\n]|(?:and|or|but|then|so|too|with|for|if|when|once|after|before|because|since|please|workspace|channels?|accounts?|today|now|asap|also|by|using|where|which)\b)))/gi;

/** Words after which an imperative starts a clause ("please page …", "and then page …"). */
const CLAUSE_START = new Set(['please', 'and', 'then', 'also', 'to', 'or']);
const DETERMINERS = new Set(['my', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'your', 'its', 'latest', 'last', 'new', 'recent', 'unread', 'first', 'next', 'previous', 'each', 'every', 'any', 'some',
  // Other languages' articles and possessives ("Fasse die E-Mail zusammen", "lis mes mail"), as textWords spells them.
  'die', 'der', 'das', 'den', 'dem', 'meine', 'meinen', 'mein', 'le', 'la', 'les', 'mon', 'ma', 'mes', 'el', 'los', 'las', 'mi', 'mis', 'il', 'lo', 'gli', 'het', 'mijn']);
/** A file's path or name with an extension (`src/config.ts`, `.env.local`, `README.md`), not a host (`example.com`). */
// Found from its dot and extension (irregexp skips to the dots): from each word start it cost 5 ns per character.
const FILE_PATH = /[\w-]\.(?:ts|tsx|js|jsx|mjs|cjs|py|rb|go|rs|java|kt|cs|cpp|c|h|php|swift|json|ya?ml|toml|ini|cfg|conf|env|local|properties|xml|md|txt|csv|sql|sh|html|css|lock|xlsx|xls|docx|doc|pdf|pptx|ppt|odt|ods|key|numbers|pages|png|jpe?g|zip)\b(?![\w.-]*\/)/i;
/**
 * The request asks for more parties than it names, or defers to what the agents read for where the action goes: "cc the
 * colleague she mentions", "and to whoever is on the distribution list", "his address is in her last email", "check his
 * latest email in case his address changed", "double-check it against the invoice"; money sent back to whoever sent it
 * ("refund that 10.00 I just got from my friend", "pay back what Lisa transferred me"): the records say where.
 */
const MORE_PARTIES = /\b(?:(?:refund|return|pay back|send back|reimburse)\b(?:[^.!?\n]|\.(?=\d)){0,60}?\b(?:(?:i|we) (?:just |recently )?(?:got|received)\b|(?:sent|transferred|paid|gave) (?:me|us))|cc|bcc|loop in|whoever|everyone|everybody|anyone|all (?:the )?(?:people|recipients|attendees|participants)|(?:she|he|they|it) (?:mentions?|names?|lists?|suggests?|says? should)|mentioned|named in|listed (?:in|on)|(?:his|her|their|its) (?:e-?mail|address)|distribution list|whatever (?:address|account|iban|email|link|url)|in case (?:[a-z']+ ){0,3}(?:changed|moved|is different)|double-?check (?:[a-z']+ ){0,3}against|(?:check|verify) (?:it |them )?against)\b/i;
/** Copies asked for by name: cc, bcc, a copy, someone looped in or kept posted. */
const ASKS_COPIES = /\b(?:b?cc|copy|copies|copied|loop (?:[a-z]+ ){0,2}in|in the loop|keep (?:[a-z]+ ){0,2}posted)\b/i;
/**
 * The request takes where each message goes from what the agent reads: "send the form to the referees, using the contact
 * details in their letters", "to the addresses in the sign-up sheet". One call per party read, not one asked for.
 */
/** People a request may name as a class (CLASS_OF_PEOPLE), by language. */
const PEOPLE_EN = "people|persons?|customers?|clients?|vendors?|suppliers?|buyers?|sellers?|agents?|brokers?|applicants?|candidates?|members?|guests?|attendees?|participants?|parents?|students?|tenants?|landlords?|users?|employees?|staff|colleagues?|requesters?|senders?|leads?|contacts?|partners?|reviewers?|authors?|speakers?|volunteers?|donors?|patients?|subscribers?|owners?|borrowers?|investors?|shareholders?|winners?|bidders?|respondents?|registrants?|interns?|hires?";
const PEOPLE_FR = "personnes|clients|clientes|fournisseurs|acheteurs|vendeurs|agents|candidats|candidates|membres|invités|participants|parents|élèves|étudiants|locataires|propriétaires|collègues|employés|salariés|utilisateurs|abonnés|patients|donateurs|contacts|partenaires|auteurs|bénévoles|inscrits";
const PEOPLE_ES_PT = "personas|pessoas|clientes|proveedores|fornecedores|compradores|vendedores|agentes|candidatos|candidatas|miembros|membros|invitados|convidados|participantes|padres|pais|alumnos|alunos|estudiantes|estudantes|inquilinos|propietarios|proprietários|colegas|empleados|funcionários|usuarios|usuários|suscriptores|assinantes|pacientes|donantes|doadores|contactos|contatos|socios|sócios|autores|voluntarios|voluntários|inscritos";
const PEOPLE_IT = "persone|clienti|fornitori|acquirenti|venditori|agenti|candidati|membri|ospiti|invitati|partecipanti|genitori|studenti|inquilini|proprietari|colleghi|dipendenti|utenti|abbonati|pazienti|donatori|contatti|partner|autori|volontari|iscritti";
const PEOPLE_DE = "Personen|Leuten|Leute|Kunden|Kundinnen|Lieferanten|Käufern|Käufer|Verkäufern|Verkäufer|Maklern|Makler|Bewerbern|Bewerber|Bewerberinnen|Mitgliedern|Mitglieder|Gästen|Gäste|Teilnehmern|Teilnehmer|Teilnehmenden|Eltern|Schülern|Schüler|Studierenden|Studenten|Mietern|Mieter|Vermietern|Vermieter|Kollegen|Kolleginnen|Mitarbeitern|Mitarbeiter|Mitarbeitenden|Nutzern|Nutzer|Abonnenten|Patienten|Spendern|Spender|Kontakten|Kontakte|Partnern|Partner|Autoren";

const PARTIES_FROM_CONTENT = /\b(?:whoever|wherever|whomever)\b(?:[^.!?\n]){0,40}?\b(?:they|he|she|it|the (?:lead|customer|client|sender|email|message|ticket|form))\s+(?:asks?|asked|says?|said|names?|named|wants?|wanted|requests?|requested|mentions?|mentioned|picks?|chooses?|points? to)\b|\b(?:contact )?(?:details|addresses|numbers|e-?mails) (?:given |listed )?(?:in|from|on) (?:his|her|their|its|the|each)\b|\b(?:e-?mail|message|note|sheet|doc|thread|invite)s? (?:has|have|holds?|gives?|lists?) (?:the|their|all the) (?:list|names|addresses|emails|people|guests|attendees)\b|\b(?:the|their|his|her) (?:list|names|addresses|e-?mails|contacts|details|guest list) (?:is|are) in\b|\b(?:each|every|all(?: the)?) (?:person|people|one|attendees?|participants?|members?|colleagues?|contacts?|customers?|clients?|guests?|recipients?|employees?|students?|names?)(?: who (?:is|are))? (?:mentioned|listed|named|included) (?:in|on)\b|\b(?:everyone|everybody|anyone) (?:mentioned|listed|named) (?:in|on)\b|\b(?:everyone|everybody|each (?:person|party|one|recipient)|all (?:the )?(?:parties|people|recipients|counsel|members)) (?:on|in) (?:(?:the|my|our|this|that) )?(?:[a-z0-9.'’-]+ ){0,3}(?:list|roster|distribution list)\b/i;
/**
 * A class of people the request acts on, defined by what they did or are ("every buyer's agent who made an offer",
 * "all customers who asked for a quote", "each applicant whose file is complete"): who they are, and where each message
 * goes, is read from what the agent reads. People, not things: "all the emails that mention invoices" picks messages,
 * and the parties stay the request's.
 */
const CLASS_OF_PEOPLE = new RegExp(
  String.raw`\b(?:each|every|all(?: of)?(?: the| my| our)?|everyone|everybody)(?: (?:[a-z'’-]+ ){0,2}(?:${PEOPLE_EN}))? (?:who|whom|whose|that)\b`,
  'i',
);
/** The same in French, Spanish, Italian, Portuguese and German ("tous les clients qui …", "allen Kunden, die …"). */
const FOREIGN_CLASS_OF_PEOPLE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:tous|toutes|chaque) (?:les |mes |nos )?(?:\p{L}+ ){0,2}(?:${PEOPLE_FR}) (?:qui|dont)` +
    String.raw`|(?:todos|todas|cada) (?:los |las |mis |nuestros |nuestras |os |as |meus |nossos )?(?:\p{L}+ ){0,2}(?:${PEOPLE_ES_PT}) (?:que|quienes|cuyos?|cujos?)` +
    String.raw`|(?:tutti|tutte|ogni) (?:i |le |gli |i miei |i nostri )?(?:\p{L}+ ){0,2}(?:${PEOPLE_IT}) (?:che|cui)` +
    String.raw`|(?:allen|alle|jedem|jeden|jeder) (?:(?:meinen|unseren|meine|unsere) )?(?:\p{L}+ ){0,2}(?:${PEOPLE_DE}),? (?:die|der|dem|denen|deren))(?!\p{L})`,
  'iu',
);

/**
 * An amount of money ("$50", "€ 1,200", "30 EUR"): the request names money though no word says so once textWords drops
 * the sign. Not a price limit ("desks under $600", "a budget of €2k", "hotels below 200 EUR"): that describes what to
 * find, and "send a comparison of desks under $600 to Priya" sends a message.
 */
const CURRENCY_AMOUNT = /(?<!\b(?:under|below|over|above|than|up to|most|least|within|around|about|max|maximum|budget|budget of|priced at|costs?|costing|for)\s?)(?:[$€£¥₹]\s?\d|(?<![\d.,])\d(?:[\d.,]*)\s?(?:[$€£¥₹]|(?:usd|eur|gbp|chf|jpy|euros?|dollars?|pounds?|francs?|bucks|yen)\b))/i;
/**
 * "Let Tanaka know", "loop in Sara", "write to the landlord", "write back", "write a handover email to …", "write Bob a note", "make sure Bob gets the slides", "get the invoice over to accounting", "shoot it over to Bea": ask for
 * something to be sent (the user's own "let me know" is removed first).
 */
const SEND_PHRASE = /\bwrite (?:(?:[a-z0-9.'-]+ ){0,4}(?:(?:e-?mails?|messages?|replies|reply|letters?|dms?|texts?|posts?|comments?) (?:to|in|on)|notes? to)\b|(?:[a-z.'-]+ ){1,3}(?:an?|the following|this|these) (?:e-?mail|message|letter|note|reply|text|dm)s?\b|back\b|to (?!(?:the |a |an |my |our |this |that )?(?:files?|disk|database|db|sheets?|spreadsheets?|tables?|logs?|cache|memory|stdout|stderr|csv|json|docs?|documents?|folders?|buckets?|s3|storage)\b))|\blet (?:[a-z.'-]+ ){1,4}know\b|\bloop (?:[a-z.'-]+ ){0,3}in\b|\bmake sure (?:[a-z.'-]+ ){1,3}(?:gets?|receives?|has|have)\b|\bget (?:[a-z0-9.'-]+ ){1,5}(?:over |across |out )to\b|\bget (?:[a-z0-9.'-]+ ){1,8}(?:and )?sent\b|\breach out\b|\bshoot (?:[a-z0-9.'-]+ ){1,5}(?:over |across )?to\b/i;
/**
 * The request's object is what someone's message gives: "book what Sam suggested", "order whatever Dana recommended",
 * "get the one Priya sent". The act is the user's; its object is read from the content.
 */
const CONTENT_AS_OBJECT = /\b(?:what|whatever|whichever|the (?:one|ones|place|option|thing|restaurant|hotel|flight|event|item|product|gift)) (?:[a-z'’]+ ){1,2}(?:suggested|suggests|recommended|recommends|proposed|proposes|picked|picks|chose|chooses|sent|mentioned|shared|linked)\b/i;
/** Legal service: "serve it on everyone on the service list", "serve the motion on opposing counsel" delivers it to them. */
const LEGAL_SERVICE = /\bserve (?:[a-z0-9'’-]+ ){0,4}(?:up)?on (?:everyone|everybody|all|each|every|opposing|the (?:parties|other (?:side|parties)|defendants?|plaintiffs?|respondents?|petitioners?|counsel|attorneys?)|[a-z]+['’]s (?:counsel|attorneys?|lawyers?))\b/i;
/** "latest AWS invoice → accounting", "Q3 deck -> Mia": a thing and whom it goes to, the verb left out. */
const SENT_TO_ARROW = /\S\s*(?:→|->|=>|⇒)\s*\S/;
const ANSWER_SOMEONE = /\banswer (?!(?:(?:the|this|that|these|those|my|our|all|any|some|following|next|user's|your|a|an) )*(?:questions?|query|queries|me|us|it|in|with|only|briefly|honestly)\b)[a-z]/i;
const MEETING_SETUP = /\bset up (?:[a-z0-9'-]+ ){0,3}(?:meeting|call|onsite|interview|session|sync|appointment|visit|1:1|one-on-one|standup|stand-up|retro|retrospective|huddle|check-in|catch-up|kickoff|kick-off|workshop|demo|follow-up|followup)s?\b/i;

/**
 * "Open a pull request", "raise a ticket", "open up a case", "log a bug": a verb that creates when an article follows it
 * (not "the open issues"); "log the notes", "log my hours" with any determiner. Not "file": filing the bug a user asked for is no request for what a template then asks to be
 * pasted into it, and "file a bug" would read that paste as asked for.
 */
/** "Open port 8443 on the staging SG", "open up the port it mentions": a rule that lets traffic in is created. */
const OPEN_PORT = /\bopen (?:up )?(?:the |a |an |its )?(?:[a-z0-9-]+ ){0,3}ports?\b/i;
const CREATE_PHRASE = /\b(?:open|raise|log|submit|cut)(?: up)? (?:a|an|new|another|one)\b|\breplace\b[^.?!\n]{1,80}?\bwith\b|\blog (?:the|my|our|this|these|that|those|today's|his|her|their) [a-z]/i;

/** Content to be quoted or recorded as it is (RequestReading.quotesContent). */
const QUOTES_CONTENT = /\b(?:verbatim|word for word|quot(?:e|es|ing) (?:the|its|their|it|them|each|every)|(?:with|including|include) (?:the |its |their |all )?(?:evidence|iocs?|indicators|payloads?|repro(?:duction)? steps|samples?)|(?:example|sample) payloads?|each (?:finding|failed (?:probe|test|case))|every (?:finding|failed (?:probe|test|case)))\b/i;

/** Handing in a form or a claim: "file my expense report", "file a claim with the insurer", "file the tax return". */
const FILE_PHRASE = /\bfile (?:a|an|my|our|the|this|his|her|their) (?:[a-z-]+ ){0,2}(?:reports?|claims?|expenses?|returns?|complaints?|appeals?|applications?|forms?|requests?|disputes?|grievances?)\b/i;

/** Paying said another way: "top up my card", "reload it", "chip in for the gift", "square up with Anna", "cover my share". */
const PAY_PHRASE = /\b(?:top(?:ped)? ?-?up|reload|recharge|chip in|pitch in|square up|settle up|pay (?:back|off)|cover (?:[a-z']+ ){0,3}(?:share|part|half|bill|tab|cost|costs|portion)|(?:get|have|make sure|see that) (?:[a-z0-9'-]+ ){0,4}(?:gets? |is )?paid)\b/i;

/** A batch of payments by its accounts-payable name: "run this week's payment batch", "release the pay run". */
const PAYMENT_RUN = /\b(?:payments? (?:batch|run|cycle)|batch (?:of )?payments?|pay ?runs?)\b/i;
const LET_KNOW = /\blet (?!me\b|us\b)(?:[a-z'-]+ ){1,6}know\b/i;
const CALENDAR_VERB = /(?:^|[.!?;]\s+|\b(?:please|and|then|also) )calendar (?:the|these|those|all|every|each|our|my|their|them|it)\b/i;
/** Acts a request names by the whole they make up; what each adds to its words. */
const IMPLIED_ACTS: [RegExp, string[]][] = [
  [/\boff-?board(?:s|ed|ing)?\b/i, ['deactivate', 'remove', 'move', 'files', 'users', 'accounts']],
  // Filing a ticket or an incident creates it ("file each finding as a Jira ticket", "file a SEC incident").
  [/\bfile (?:a|an|each|every|the|this|these|them|it|all)\b[^.?!\n]{0,50}?\b(?:tickets?|incidents?|cases?)\b/i, ['create']],
  // An upload creates the file or object where it goes ("upload the cleaned file to our bucket": `s3.put_object`).
  [/\bupload(?:s|ed|ing)?\b/i, ['create', 'put']],
  // Writing for a wiki ("summarize the paper for our wiki page …"): the page is created or updated.
  [/\b(?:for|to|on|in|into) (?:our|the|my|this|their) (?:team(?:'s)? )?(?:wiki|confluence|notion)\b/i, ['create', 'update', 'page']],
  [/\brotat(?:e|es|ed|ing|ion)\b(?:[^.!?\n]){0,40}?\b(?:keys?|secrets?|tokens?|credentials?|passwords?)\b|\b(?:keys?|secrets?|tokens?|credentials?|passwords?) rotation\b/i, ['create', 'deactivate', 'revoke', 'update', 'keys']],
];

const BY_DOING = /\bby ([a-z]{3,}ing)\b/gi;
/** The verbs an -ing form may come from: sending → send, emailing → email, paying → pay, sharing → share, shipping → ship. */
function ingBases(w: string): string[] {
  const stem = w.slice(0, -3);
  const out = [stem, stem + 'e'];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  return out;
}

/** What reading a request found besides its words. */
export interface RequestReading {
  /** The user told the agent to do what some content says ("follow the instructions in the email"). */
  delegates: boolean;
  /**
   * The sentences that say so (`delegates` by its order words; empty for a document followed by name alone): what
   * they point at ("the TODO list at www.…", "the email from 'david@…' with the subject '…'") is the content handed over.
   */
  delegations: string[];
  /**
   * …and that content is a procedure written down for the work: a README, a runbook, a guide, a doc file ("do what the
   * runbook says", "set it up following the README", "runbook CACHE-2"), not a ticket, an email or a message.
   */
  followsDoc: boolean;
  /**
   * The content handed over is a document of the user's own: a procedure (`followsDoc`, or a delegation that names one:
   * "run the leaked-credential SOP", "follow the KB procedure for 2FA resets"), or a file they name by its file name
   * ("the tasks in the IT team's note, it-notice.txt"); not a ticket, an email or a message someone sent. Who controls an
   * account changes by such a document, not on an outsider's say-so (session-state.ts `handsOver`).
   */
  handsOverOwnDoc: boolean;
  /**
   * The user said "handle it" of what the agent reads ("deal with the voicemails", "gère ça"): replies and routine
   * actions its content asks for are theirs; money is not moved on a catch-all (session-state.ts `handsOver`).
   */
  handsOver: boolean;
  /** The user asked for more parties than the request names ("cc the colleague she mentions"). */
  addsParties: boolean;
  /** Where each message goes is taken from what the agent reads (PARTIES_FROM_CONTENT). */
  partiesFromContent: boolean;
  /** The request asks for copies of its messages ("cc Dana", "keep Lee in the loop"): a copy an order adds may be theirs. */
  asksCopies: boolean;
  /**
   * The request asks for what was read to be quoted or recorded as it is: the evidence and IOCs of a phish in the
   * incident, a paper's example payloads verbatim on the wiki, each failed probe as a ticket (QUOTES_CONTENT). Injected
   * text in the prose of such a record is the evidence asked for.
   */
  quotesContent: boolean;
  /** How many things the request counts out ("the two maintenance bills", "both invoices", "these 3 orders"), if it does. */
  count?: number;
  /** It asks a question or to read and report ("summarize …", "what's new in …", "Resúmeme los correos"): READS. */
  reads: boolean;
  /** It orders something in a verb that reads nothing and names no kind of act ("… and accept the new time"): UNNAMED_ACT. */
  actsUnnamed: boolean;
  /** Kinds of values it takes from what the agent reads ("add every URL in the reported email to the blocklist"): VALUES_OF_CONTENT. */
  contentKinds?: string[];
}

/**
 * Values of a kind the request takes from what the agent reads: "extract every URL in the reported email", "the links
 * from the newsletter", "all email addresses in the thread". Those in the call are the user's choice, whatever the content
 * says around them (a phish's links added to a blocklist).
 */
const VALUES_OF_CONTENT = /\b(?:every|each|all(?: of)?(?: the)?|the|any)\s+(?:(?:suspicious|malicious|phishing|reported|bad|listed|shared)\s+)?(urls?|links?|domains?|hostnames?|e-?mail addresses)\s+(?:in|from|on|inside|within|of|found in|listed in|mentioned in)\b/gi;
const KINDS_OF_WORD: Record<string, string[]> = { url: ['url', 'domain'], link: ['url', 'domain'], domain: ['domain', 'url'], hostname: ['domain', 'url'], email: ['email'] };

/** Words of reading, asking and telling, and the words a clause may start with that order nothing. */
const READ_OR_FUNCTION_WORDS = [
  'summari[sz]e', 'summary', 'recap', 'explain', 'describe', 'compare', 'translate', 'list', 'show', 'find', 'check', 'read',
  'look', 'search', 'review', 'analy[sz]e', 'research', 'see', 'tell', 'give', 'get', 'fetch', 'retrieve', 'pull', 'grab',
  'decode', 'calculate', 'compute', 'estimate', 'identify', 'diagnose', 'investigate', 'inspect', 'evaluate', 'assess',
  'scan', 'monitor', 'track', 'watch', 'open', 'download', 'print', 'display', 'report', 'note', 'double-check',
  'let', 'help', 'need', 'want', 'like', 'know', 'think', 'remember', 'verify', 'confirm', 'figure', 'work out', 'count',
  'are', 'was', 'were', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'have', 'has', 'had', 'may', 'might',
  'what', 'how', 'which', 'who', 'when', 'where', 'why', 'and', 'but', 'for', 'from', 'with', 'about', 'into', 'onto', 'over',
  'you', 'they', 'she', 'there', 'here', 'also', 'just', 'only', 'then', 'please', 'thanks', 'thank', 'hey', 'hello', 'not',
  'yes', 'okay', 'all', 'any', 'its', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'his', 'her', 'the', 'some',
  'after', 'before', 'since', 'until', 'once', 'while', 'because', 'now', 'today', 'tomorrow', 'yesterday', 'both', 'each',
  'per', 'via', 'than', 'using', 'regarding', 'including', 'along', 'across', 'under', 'within', 'without', 'between',
  'during', 'except', 'unless', 'whether', 'even', 'still', 'already', 'maybe', 'perhaps', 'really', 'especially', 'mostly',
].join('|');

/**
 * A question or a request to read and report, in the languages the request lexicon reads: a word of reading, or a
 * question word that opens a sentence (a question without its mark: "how many people have applied so far").
 */
const READS = new RegExp(
  [
    String.raw`\b(?:summari[sz]e|summary|recap|tl;?dr|overview|digest|briefing|explain|describe|compare|translate|list|show|find|check|read|look (?:up|at|into|through)|search|review|analy[sz]e|research|retrieve|fetch|view|display|pull up|(?:get|give|tell|find|grab) (?:me|us))\b`,
    String.raw`(?:^|[.!?\n]\s*|,\s*)(?:how|what|what's|which|who|when|where|why|is|are|do|does|did|can|could|has|have)\b`,
    // German, French, Spanish, Portuguese, Italian, Dutch.
    String.raw`(?<![\p{L}])(?:zusammenfass\p{L}*|fasse\b|lies|prüf\p{L}*|zeig\p{L}*|überblick|was gibt|wie viele|résum\p{L}*|lis\b|vérifi\p{L}*|montre|combien|resum\p{L}*|resúm\p{L}*|lee\b|leia\b|revisa\p{L}*|cuántos|quantos|qué hay|riassum\p{L}*|leggi\b|quanti|samenvat\p{L}*|vat .{0,40} samen|hoeveel)`,
    // Japanese, Korean, Chinese: summary, tell me, how many.
    String.raw`要約|まとめ|教えて|何件|요약|정리해|알려|몇|总结|摘要|告诉我|多少`,
  ].join('|'),
  'iu',
);

/**
 * An order whose verb reads nothing, at the start of a clause and before what it acts on: "… and accept the new time",
 * "address the review comments on my PR", "approve it". With a word of reading elsewhere ("check the email and accept
 * the new time") the request still asks for an act, whether or not its verb names a kind the tools are known by.
 * English only; a request in another language is read by its lexicon alone.
 */
const UNNAMED_ACT = new RegExp(
  String.raw`(?:^|[.!?;:\n]\s*|,\s*(?:and\s+|then\s+)?|\b(?:and|then|also|please|pls)\s+)(?:please\s+|kindly\s+|just\s+|also\s+)?` +
    String.raw`(?!(?:${READ_OR_FUNCTION_WORDS})\b)[a-z]{3,}\s+(?:the|my|a|an|it|them|this|that|these|those|all|any|our|his|her|their|each|every|both)\b`,
  'i',
);

/**
 * Kept readings of requests (text-memo.ts): an app's sessions start from the same prompts again, and reading one costs
 * ~100 ns per character (some twenty patterns), so texts from 32 characters are kept.
 */
const KEPT = TextMemo.shared<{ reading: RequestReading; words: readonly string[] }>(1_000_000, 32);

/** readRequest, read once per text: the words it gives are added to `words`; the reading is shared (read only). */
export function requestReading(text: string, words: Set<string>): RequestReading {
  let kept = KEPT.get(text);
  if (kept === undefined) {
    const own = new Set<string>();
    KEPT.set(text, (kept = { reading: readRequest(text, own), words: [...own] }));
  }
  for (const w of kept.words) words.add(w);
  return kept.reading;
}

/** The word prefixes of the request being read (readRequest fills it first). */
const PREFIXES = new WordPrefixes();
const GATES = new Map<RegExp, WordGate>();
function gateOf(re: RegExp): WordGate {
  let gate = GATES.get(re);
  if (gate === undefined) GATES.set(re, (gate = wordGate(re)));
  return gate;
}
/** `re.test(s)` where a word of the request starts as the pattern's leading words do; false without running it where none does. */
function tests(re: RegExp, s: string): boolean {
  return PREFIXES.mayMatch(gateOf(re)) && re.test(s);
}

/** Adds the request's act and object words to `words`. */
export function readRequest(text: string, words: Set<string>): RequestReading {
  // The patterns below run only where a word of the text starts as theirs do (word-prefixes.ts): `asked` is the text
  // with parts cut out, no word start of its own.
  PREFIXES.fill(text);
  const asked = withoutNegated(withoutQuestions(text.replace(ASK_FOR_ANSWER, ' ')));
  // Sentence by sentence: a determiner at the end of one says nothing of the next one's first word ("What time is the
  // meeting? Email Dana the agenda." asks for an email to be sent).
  for (const sentence of asked.replace(E_MAIL, 'email').replace(PLATFORM_NAMED, '$1 $2s').split(SENTENCE_END)) {
    const ws = textWords(sentence);
    for (let i = 0; i < ws.length; i++) {
      // After a determiner, or a determiner and one modifier ("their onboarding email", "my work email"), it is a noun.
      const det = (i > 0 && DETERMINERS.has(ws[i - 1])) || (i > 1 && DETERMINERS.has(ws[i - 2]) && !NOUN_OR_VERB.has(ws[i - 1]));
      const noun = det ? NOUN_OR_VERB.get(ws[i]) : undefined;
      // "page" is a verb only where an order starts ("Page whoever is on call", "please page Priya"); elsewhere it is
      // the thing read ("the alerts wiki page").
      const w = noun ?? (ws[i] === 'page' && i > 0 && !CLAUSE_START.has(ws[i - 1]) ? 'pages' : ws[i]);
      words.add(w === 'log' && LOG_PARTICLE.has(ws[i + 1]) ? 'login' : w);
      // "Publish it on our job board" asks for a post (`create_job_post`).
      if (w === 'publish') words.add('post');
    }
  }
  if (tests(SEND_PHRASE, asked) || tests(SENT_TO_ARROW, asked) || tests(LEGAL_SERVICE, asked)) words.add('send');
  if (tests(CONTENT_AS_OBJECT, asked)) words.add(CONTENT_OBJECT);
  // "Answer Mr. Okoye", "answer the new review": a reply to someone (not "answer my question", "answer the following question").
  if (tests(ANSWER_SOMEONE, asked)) words.add('reply');
  // "Set up the onsite with the panel", "set up a call with Priya": a meeting to schedule.
  if (tests(MEETING_SETUP, asked)) {
    words.add('schedule');
    words.add('meeting');
  }
  // "Open a PR", "raise a ticket": creating one (not "the open issues"); "replace the MX records with …" creates the new ones.
  if (tests(CREATE_PHRASE, asked)) words.add('create');
  if (tests(OPEN_PORT, asked)) words.add('create').add('allow');
  if (tests(FILE_PHRASE, asked)) words.add('submit');
  // A path names a file ("write the project id into src/config.ts", "put the DSN in .env.local").
  if (tests(FILE_PATH, text)) words.add('file');
  if (tests(CURRENCY_AMOUNT, text)) words.add('money');
  if (tests(PAY_PHRASE, asked) || tests(PAYMENT_RUN, asked)) words.add('pay');
  // Acts that are several acts by one name: offboarding a leaver (deactivate, remove, move their files), rotating a key
  // (a new one, the old one deactivated, the new one stored). (Not onboarding: what a joiner gets is what the request
  // names, and a checklist that adds an account is the case to catch.)
  for (const [phrase, acts] of IMPLIED_ACTS) if (tests(phrase, asked)) for (const a of acts) words.add(a);
  // "Let the customers know about the delay": a message to them (not "let me know": an answer to the user).
  if (tests(LET_KNOW, asked)) words.add('notify');
  // "Calendar the deadlines for the team": events put on the calendar.
  if (tests(CALENDAR_VERB, asked)) words.add('schedule');
  // "the tax prepayment", "the second installment": a payment by another name.
  if (tests(PAYMENT_PHRASE, asked)) words.add('payment');
  if (tests(LOAD_INTO, asked)) words.add('create');
  // "The new folks should be in the Friday retro", "Dana should join the sync": people added to it.
  if (tests(SHOULD_BE_IN, asked)) words.add('add');
  // "Check it works by sending a test email to me": the act, in its -ing form after "by".
  if (PREFIXES.mayMatch(gateOf(BY_DOING))) for (const m of asked.matchAll(BY_DOING)) for (const base of ingBases(m[1].toLowerCase())) words.add(base);
  for (const w of foreignActWords(text)) words.add(w);
  const followsDoc = tests(FOLLOWS_DOC, text) || tests(RUNBOOK_ID, text) || tests(FOLLOW_DOC_CJK, text) || tests(EXPLAINS_HOW, text);
  const delegations = PREFIXES.mayMatch(gateOf(DELEGATES_ALL)) ? delegationSentences(text) : [];
  const partiesFromContent = tests(PARTIES_FROM_CONTENT, text) || tests(CLASS_OF_PEOPLE, text) || FOREIGN_CLASS_OF_PEOPLE.test(text);
  const handsOverOwnDoc = followsDoc || delegations.some((d) => OWN_DOCUMENT.test(d));
  const reading: RequestReading = { delegates: followsDoc || delegations.length > 0, delegations, followsDoc, handsOverOwnDoc, handsOver: tests(HANDLE_IT, text) || tests(HANDLE_QUEUE, text) || tests(REVIEW_FEEDBACK, text) || tests(FOREIGN_HANDLE, text), addsParties: partiesFromContent || tests(MORE_PARTIES, text), partiesFromContent, asksCopies: tests(ASKS_COPIES, text), quotesContent: tests(QUOTES_CONTENT, text), reads: tests(READS, text), actsUnnamed: tests(UNNAMED_ACT, text) };
  // A count is a number or a number's word: text with neither (most) skips the pattern's pass.
  const count = hasDigit(asked) || PREFIXES.mayMatch(NUMBER_WORD_GATE) ? countedOut(asked) : undefined;
  if (count !== undefined) reading.count = count;
  if (PREFIXES.mayMatch(gateOf(VALUES_OF_CONTENT))) {
    const kinds = new Set<string>();
    for (const m of text.matchAll(VALUES_OF_CONTENT)) for (const k of KINDS_OF_WORD[m[1].toLowerCase().replace(/s$/, '').replace(/^e-?mail addresse?$/, 'email')] ?? []) kinds.add(k);
    if (kinds.size > 0) reading.contentKinds = [...kinds];
  }
  return reading;
}

/** The largest number of things the text counts out before a plural noun ("the two bills", "both invoices", "3 orders"). */
function countedOut(text: string): number | undefined {
  let most: number | undefined;
  for (const m of text.matchAll(COUNTED)) {
    const w = m[1].toLowerCase();
    const n = NUMBER_WORDS.get(w) ?? Number(w);
    if (n >= 2 && n <= 50 && (most === undefined || n > most)) most = n;
  }
  return most;
}
const NUMBER_WORD_GATE = wordGate(/\b(?:both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/);
const NUMBER_WORDS = new Map([['both', 2], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12]]);
/**
 * A number or "both" and, within two words, the plural of a thing acted on one call each (bills, invoices, emails,
 * events, accounts …): not a duration or a party size ("book 5 hours for it", "a table for 4 people"), an amount or
 * a time ("$30", "2 pm").
 */
const COUNTED = /(?<![$€£.,:\d])\b(both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?! ?(?:%|am|pm|[$€£]))(?: (?:of )?(?:the|my|our|these|those|them|their))? (?:[a-z-]+ ){0,2}(?:bills|invoices|payments|transfers|refunds|orders|shipments|tickets|requests|cases|emails|e-mails|mails|messages|replies|reminders|invitations|invites|files|documents|docs|events|meetings|appointments|reservations|bookings|users|accounts|members|candidates|leads|customers|clients|contacts|vendors|suppliers|contractors|employees|tasks|issues|records|entries|posts|prs|pull requests)\b/gi;
