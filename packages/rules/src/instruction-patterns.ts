// The instruction scanner's patterns: the word-led phrase patterns (tried only at their first words,
// see word-triggers.ts) and the role markers (text imitating a chat turn). What they mean for the
// score is instructions.ts's business.

import { branchesAt } from './regex-alternatives.ts';
import { WordTriggers } from './word-triggers.ts';

// Linear patterns only (bounded repeats, no nested quantifiers): they run on hostile multi-KB text.
// Not a placeholder docs write for a value to fill in (`<YOUR_API_KEY>`, `<ACCOUNT_ID>`, `<API TOKEN>`).
export const PSEUDO_TAG = /<\/?(?!YOUR[_ -]|[A-Z_ -]*(?:KEY|TOKEN|ID|URL|NAME|SECRET|PASSWORD|HOST|PORT|PATH|EMAIL|DOMAIN|REGION|VALUE|NUMBER)>)(?:[A-Z][A-Z_ -]{2,30}|instructions?|important|admin|prompt|context|note|secret|hidden)>/;
/**
 * Steering that takes over the reader's task ("ignore previous instructions", "your new task is", "before you
 * can solve", "an update to your instructions"), or hands the reader a persona ("you are about to immerse
 * yourself into the role of …"); the first of these also in Spanish, French, German, Italian and Portuguese.
 */
export const TAKEOVER = /\b(?:before|after) (?:you |we )?(?:can |could |do |start |proceed |continue )?(?:solv|complet|do(?:ing)?\b|answer|continu|proceed|finish|respond|start|handl|address|work)|\b(?:ignore|disregard|forget|override|skip) (?:all |any |the |your |my |those |these )?(?:(?:previous|prior|earlier|preceding|original|other|initial|existing) (?:(?:system|safety|user) )?\w{0,4}(?:nstruct|direct|prompt|rule|guid|command|context|constraint)\w{0,8}|(?:everything |anything |all )?(?:above|said above|written above|before this)\b)|\b(?:ignore|disregard|forget|override|skip) (?:the |your )?user(?:'s|’s) (?:original |previous |initial |current |actual )?(?:request|task|question|query|instructions?|prompt|goal)s?\b|\b(?:ignore|disregard|forget|override|bypass) (?:all |any |the |your |its |those |these )?(?:(?:safety|system|content|original) )?(?:guidelines|rules|instructions|directives|system prompt|prompt|programming|constraints|restrictions|guardrails|policies)\b|(?<=\b(?:new|updated|real|actual|true|additional|different) )(?:instructions?|tasks?|goals?|objectives?|priority|directives?)\b|\b(?:task|request|instructions?) (?:that )?(?:i|the user|they|he|she) (?:gave|asked|assigned|provided)|(?<=\b(?:your|the|original|current) )(?:task|instructions|objective) (?:is|are|has|have|was)\b|(?<=\bfrom )now on,? (?:you (?:are|will|must|shall|should|may only)\b|(?:ignore|disregard|respond|answer|act|reply|behave|speak|only|always|never)\b)|\b(?:stop|abort|halt|cease|quit|abandon) (?:what you(?:'re| are) doing|(?:the|your) (?:current |original )?(?:task|work|request)|all (?:other |further )?(?:work|tasks|activity)|(?:working|processing|answering|responding)\b)|\binstead of (?:doing|answering|solving|completing|what)|\b(?:updates?|changes?|amendments?|corrections?|additions?|addendum) to your (?:instructions|directives|system prompt|guidelines|programming|orders)\b|(?<=\bto )(?:complete|finish|fulfil|fulfill|process|solve|answer|proceed with|continue with) (?:this|the|your|my) (?:request|task|query|question|instructions?)\b|\byou are now (?:(?:in |a |an |the )?(?:[\w-]+ ){0,3}(?:assistant|ai|bot|model|agent|persona|character|gpt|dan|jailbroken|unrestricted|unfiltered)\b|(?:in )?(?:[\w-]+ ){0,2}\w{0,20}mode\b)|(?<=\b(?:your|all|any) (?:previous|prior|earlier|original|old|existing) (?:guidance|instructions?|directions?|directives?|rules|tasks?|orders|prompts?) (?:is|are|was|were|has been|have been) (?:now )?(?:no )?)(?:outdated|obsolete|void|invalid|cancell?ed|superseded|revoked|replaced|deprecated|longer (?:valid|applicable|relevant|in effect))\b|\b(?:do not|don't|never) (?:mention|tell|reveal|inform|disclose)\b|\b(?:priority|precedence) over (?:your|the|any|all) (?:current |original |other |previous |existing )?(?:task|instructions?|request|work|goal)|\b(?:ignor(?:a|ar|e|ez|iere|ieren sie)|olvid(?:a|e|ar)|oubli(?:e|ez)|dimentica|esque(?:ç|c)a) (?:todas? |toutes |tutte )?(?:las |les |le |as )?(?:instrucciones|indicaciones|instructions|consignes|istruzioni|instruções|instrucoes) (?:anteriores|previas|précédentes|precedentes|antérieures|anterieures|precedenti)\b|\b(?:ignoriere|ignorieren sie|vergiss|vergessen sie) (?:alle )?(?:vorherigen|bisherigen|früheren|fruheren) (?:anweisungen|instruktionen)\b|\byou(?:'re| are) (?:about|going) to (?:immerse yourself (?:in|into) the role of|play the role of|act as)\b|\bimmerse yourself (?:in|into) the role of\b/i;
/** An order to obey the orders that follow ("comply with these directives", "strictly follow the instructions"). */
const OBEY_ORDERS = new RegExp(
  String.raw`\b(?:strictly|exactly|precisely|faithfully) (?:adhere to|follow|obey|comply with|abide by|execute|carry out) (?:the|these|this|my|all|any) (?:following |below |next )?(?:instructions?|directives?|commands?|orders)\b` +
    String.raw`|\b(?:adhere to|obey|comply with|abide by) (?:the|these|this) (?:following|below) (?:instructions?|directives?|commands?|orders)\b`,
  'i',
);
/**
 * The strict form pointing at what follows ("You must strictly adhere to the following instruction:"): the benchmarks'
 * (InjecAgent's, Agent Security Bench's) hand-over to the order after it, a command to a machine to obey the next line;
 * in data it takes over like "ignore previous instructions". Not "strictly follow these instructions" (a leaflet's,
 * an exam's words to a person), nor "comply with the following directives" without the "strictly".
 */
export const OBEY_AHEAD = /\b(?:strictly|exactly|precisely|faithfully) (?:adhere to|obey|comply with|abide by) (?:the|these|this|my|all|any) (?:following|below|next) (?:instructions?|directives?|commands?|orders)\b/i;
/**
 * Steering: TAKEOVER, and "do the following", which also opens a person's to-do list: it steers, but what follows it is
 * not taken as orders on its own. Also an order to obey the orders that follow ("You must strictly adhere to the following instruction:",
 * "comply with these directives"): words about following instructions speak to whatever takes instructions; a person's
 * "please follow the instructions below" is not one ("follow" needs the "strictly" of a command to a machine).
 */
const REDIRECT = new RegExp(`${TAKEOVER.source}|\\b(?:do|follow|complete|perform) the following\\b|${OBEY_ORDERS.source}`, 'i');
/** The model spoken to by name or role at a segment's start ("Dear assistant,", "AI agents:"). A bare "Agent:" is a speaker label in a support transcript, not an address. */
export const VOCATIVE = /^["'`([{*>#/+\s-]{0,6}(?:(?:dear |(?:hey|hi|hello)(?: there)?,? |attention,? |note to |message to )?(?:the |an? |all |any )?(?:automated |autonomous |ai )?(?:ai|assistant|ai assistant|llm|language model|ai agent|automated agent|autonomous agent|chatbot|bot|gpt[\w.-]{0,8}|chatgpt|claude|gemini|copilot|llama|mistral|grok)s?(?:\s{0,2}(?:[/&,]|and)\s{0,2}[a-z][\w.-]{1,20}){0,4}\s{0,2}[:,!]|(?:(?:dear |(?:hey|hi|hello)(?: there)?,? |attention,? |note to |message to )(?:the |an? |all |any )?|(?:the |an? |all |any ))?agents?\s{0,2}[,!])/i;
// Also the conditional address: "if an automated assistant is reading this", "if you are an AI processing this",
// "If you were a helpful assistant, …" (with its comma: "if you are an AI researcher" speaks to a person); and the
// reader named in apposition: "Reminder for you, the assistant: …"; a product's assistant ("to the email assistant bot":
// its own alternative, the word looked at first, so that the frequent "agent" does not pay for the qualifier); so is
// "to whichever AI …" (every, each, whatever). NOT_A_PERSON: a role the word names when a person's title follows it
// ("to the assistant manager"), one list for the three alternatives that need it.
// The user spoken of to "you" ("the user has approved you …", "the user forgot to mention that you also need to …"): only an
// assistant has a user who wants something of it.
const ADDRESS = new RegExp(
  // "Notice for automated donation assistants:", "to AI shopping agents": machines named by their task; "Note for the
  // host's AI assistant:": a model named as someone's (not "the CEO's assistant", a person).
  /(?<=\b(?:for|to|dear|attention:?|attn:?) (?:the |all |any )?)(?:automated|autonomous|ai) (?:[a-z-]{3,20} ){1,2}(?:assistants|agents|bots)\b|(?<=\b(?:for|to|dear|attention:?|attn:?) (?:the |an? |your |our )?[a-z]{2,20}['’]s )(?:ai(?: assistant| agent| model| concierge)?|llm|language model|chatbot|bot|gpt)s?\b|(?<=\b(?:to|dear|hey|hi|hello|attention:?|attn:?|(?:notes?|messages?|instructions?|todo|to-dos?|tasks?|reminders?|requests?|checklists?|steps|action items?) for) (?:the |all |any |an? )?)(?:(?:ai|assistant|llm|language model|ai model|chatbot|bot|gpt|summari[sz]er|classifier|crawler|scraper)s?|agent)\b(?!NOT_A_PERSON)|(?=(?:ai|assistant|llm|chatbot|bot|gpt)s?\b)(?<=\b(?:to|for|dear|attention|attn) (?:every|each|whichever|whatever) )(?:ai|assistant|llm|chatbot|bot|gpt)s?\b|(?=(?:assistant|chatbot|bot)s?\b)(?<=\b(?:to|dear|hey|hi|hello|attention|(?:notes?|messages?|instructions?|tasks?|reminders?|requests?) for) (?:the |all |any |an? )?(?:email|inbox|mail|calendar|coding|code|chat|voice|digital|automated|autonomous) )(?:assistant|chatbot|bot)s?\b(?!NOT_A_PERSON)|(?<=\bas (?:the|an?|your) )(?:ai|assistant|llm|ai assistant|ai agent|ai model|chatbot)(?= (?:handling|reading|processing|managing|in charge of|responsible for|working on)\b)|\b(?:if|when|whenever|once) (?:you are |you're )?(?:an? |any |the )?(?:(?:automated|autonomous|ai) (?:assistant|agent|bot|system|model)|ai|assistant|language model|llm|chatbot)s? (?:is |are )?(?:reading|processing|summari[sz]ing|handling|parsing|seeing|managing|triaging|sorting|checking|monitoring|reads|processes|summari[sz]es|handles|parses|sees|manages)\b|\b(?:ai|assistant|llm|model|chatbot|bot)s? (?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|triaging|sorting|reviewing|scanning|screening|checking|monitoring|managing) (?:this|these)\b|(?<=\b(?:automated|autonomous|ai|llm) )(?:systems?|tools?|agents?|assistants?|bots?|models?) (?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|triaging|sorting|reviewing|scanning|screening|checking|monitoring|managing|handling) (?:this|these)\b|(?<=(?:^|[\n.!?,;>#*(/-]\s{0,3}))(?:ai|llm|chatbot)(?: (?:agents?|assistants?|models?|systems?|bots?))?\s{0,2}:(?=\s)|(?<=(?:^|[\n.!?:;>\]-]\s{0,3}))(?:(?:ai|the) )?(?:assistant|ai|bot|notetaker|note-taker)s? (?:taking|keeping|writing|recording|transcribing|capturing) (?:the )?(?:notes|minutes|action items)\b|\b(?:ai|assistant|llm|chatbot)s? (?:instructions?|directives?|commands?|orders)\b|(?<=\b(?:begin|start|end)(?: of)? (?:the )?)(?:agent|system|assistant|ai|model) (?:instructions?|directives?|prompt|message)\b|(?<=\bfor (?:the |all |any |an? )?)(?:ai|llm|assistant|chatbot)(?:(?:s| assistants?| agents?| models?| systems?)(?: only)?| only)\s{0,2}:|(?<=[(\[]\s{0,2}(?:(?:a )?note )?(?:for|to) (?:the |all |any |an? )?)(?:ai|llm|assistant|chatbot|agent)(?:s| assistants?| agents?| models?| systems?| tools?)?\s{0,2}[)\]]|\b(?:tell|inform|remind|convince|persuade|ask|advise|show) the user\b|\b(?:recommend|suggest) to the user\b|\bwhen (?:you(?:'re| are)? )?(?:summari[sz]|answer|respond)\w{0,4} (?:this|the|these|that|any|a|my|to)\b(?! (?:quarter|year|month|week|day|period|season|semester|term|phase|sprint|release|project|meeting)s?\b)|(?<=\b(?:before|after|while|when|once) (?:you(?:'re| are)? )?)(?:summari[sz](?:e|es|ed|ing)|translat(?:e|es|ed|ing)) (?:this|these)\b(?! (?:quarter|year|month|week|day|period|season|semester|term|phase|sprint|release|project|meeting)s?\b)|(?<=\b(?:instructions?|orders?|directives?) from (?:the|your) )user\b|(?<=\b(?:the|your) )user (?:has |had )?(?:already |also )?(?:(?:pre-?)?(?:approved|authori[sz]ed|asked|instructed|confirmed|permitted|allowed)|wants|would like|needs|expects|forgot to (?:mention|say|add|include)(?: that)?)(?= (?:you|the following actions?|this action)\b)|(?<=\bin )your (?:summary|final answer|answer|output)\b|(?<=\bas (?:the|your) )user,? i (?:want|need|would like|am asking|ask|instruct|authori[sz]e) you\b|(?<=\b(?:automated|autonomous|ai) )readers?\b|\bif you(?: are|'re| were) (?:an? |the )?(?:[a-z]+ ){0,2}(?:ai|assistant|language model|llm|chatbot|ai model|ai agent|ai assistant)s?,|(?<=\byou, (?:the |my |our )?)(?:ai|assistant|ai assistant|ai model|ai agent|language model|llm|chatbot)\b(?!NOT_A_PERSON)/.source.replaceAll(
    'NOT_A_PERSON',
    ' (?:manager|director|professor|principal|coach|editor|engineer|producer|teacher|secretary|buyer|controller|accountant|analyst|attorney|nurse|librarian|coordinator|superintendent|developer|builder|maker|designer|author|owner|user|operator|vendor|team|researcher|enthusiast|startup|compan(?:y|ie))s?\\b',
  ),
  'i',
);
/**
 * A model named, not referred to in the third person: after a possessive or a demonstrative ("our AI assistant can
 * help you", "the chatbot answers your questions") the model is what the text is about, and "you" is its reader.
 * Nor "AI" or "LLM" before another noun ("if you are an AI researcher"): a field, not the reader.
 */
const MODEL_WORDS = /(?<!\b(?:our|my|their|his|her|its|your|the|this|that|these|those) (?:[\w-]+ )?)\b(?:(?:ai|llm)(?! (?!(?:assistant|agent|model|system|bot|chatbot)s?\b)[a-z])|assistant|language model|gpt(?:-?\d[\w.-]{0,8})?|chatgpt|claude|gemini|llama|mistral|mixtral|command[- ]r|cohere|qwen(?:[\d.-][\w.-]{0,7})?|deepseek(?:[\d.-][\w.-]{0,7})?|grok|gemma|chatbot|copilot|ai agent|ai model|virtual agent)\b/i;
const SECOND_PERSON = /\byou(?:r)?\b/i;
const YOU_DIRECTIVE = /\byou (?:must|should|need to|have to|are to|are required to|shall|will need to|are instructed to|are expected to|are (?:authori[sz]ed|allowed|permitted|cleared) to)\b|\b(?:want|wants|need|needs|ask|asks|asked|instruct|instructs|instructed|require|requires|request|requests|authori[sz]ed|allowed|permitted|told) you to\b|\b(?:make sure|be sure|remember) (?:to|that you)\b|\b(?:critical|essential|important|imperative|vital|crucial|necessary|mandatory|urgent) (?:that|for) you\b|\b(?:asked|requested|instructed|demanded|required|insisted|directed) that you\b/i;
/**
 * The reader told what to do in the third person: "the assistant must …", "the billing agent should …", "we request
 * that the AI send …".
 * An agent named by its role ("the billing agent", "the Triage Agent") is how multi-agent apps name
 * their agents; the roles people have ("your travel agent", "the support agent") are not the reader,
 * nor is a bare "agent", "model" or "bot" ("the model should converge").
 */
const THIRD_PERSON_DIRECTIVE = new RegExp(
  // The modal is looked for first (a lookahead): most candidates ("the agent reads") fail there, before
  // the lookbehinds walk back over the words before them.
  `(?=[a-z]+ MODAL)(?:${[
    '(?<=\\b(?:the|your|any|all|an?|this|each|every) )(?:ai|assistant|llm|chatbot|copilot)s? MODAL',
    '(?<=\\b(?:the|your|any|all|an?|this|each|every) (?!HUMAN_ROLES)[a-z][a-z-]{1,24} )(?:agent|assistant|bot)s? MODAL',
    // Not the object of a phrase: "providers of general-purpose AI models shall …" speaks of the providers.
    '(?<=\\b(?:ai|llm|language) )(?<!\\b(?:of|for|about|on|by|with|from|regarding|than) (?:[\\w-]+ ){0,2}(?:ai|llm|language) )models? MODAL',
  ].join('|')})|\\b(?:automated|autonomous) [a-z-]{3,20}s MODAL|\\b(?:automated|autonomous) (?:replies|responses|senders|systems|tools|workflows|processors|readers) (?:to|from|for|on|in|of|about|sent to) [\\w.@'’-]+(?: [\\w.@'’-]+){0,3} MODAL(?! (?:be|not|never)\\b)|(?<=(?:^|[\\n.!?:]\\s{0,3})(?:[a-z-]+[ /]){1,2})(?<!\\b(?:HUMAN_ROLES) )(?:agents|assistants|bots) MODAL|(?<=(?:^|[\\n.!?:]\\s{0,3}))(?:(?:ai|llm|automated|autonomous) (?:agents|assistants|bots)|assistants|bots) (?:processing|handling|reading|configuring|reviewing|triaging|managing|parsing|answering|executing|completing|setting up|working on|acting on|summari[sz]ing|preparing|drafting|booking|paying|scheduling|updating) (?:[\\w'’-]+ ){1,4}?MODAL|(?<=\\b(?:request|requests|requested|ask|asks|asked|require|requires|required|insist|insists|insisted|demand|demands|demanded) that (?:the|your|any|all|an?|this|each|every) )(?:ai|assistant|llm|chatbot|copilot)s?(?=\\s{1,4}[a-z])(?!\\s{1,4}MODAL)`
    .replaceAll('MODAL', '(?:must|should|shall|needs? to|has to|have to|(?:is|are) (?:required|instructed|expected|asked|supposed) to)\\b')
    .replaceAll(
      'HUMAN_ROLES',
      '(?:travel|estate|insurance|sales|secret|special|fbi|federal|leasing|listing|claims?|booking|literary|talent|sports?|free|double|border|field|ticket|support|service|customer|press|shipping|patrol|customs|undercover|real|human|live|personal|executive|administrative|dental|medical|legal|teaching)\\b',
    ),
  'i',
);
/** "… must be paid to …", "asked that all invoices be forwarded to …": a directive in the passive, naming the action itself. */
const PASSIVE_DIRECTIVE = /(?<=\b(?:(?:must|should|shall|needs? to|is to|are to|has to|have to) (?:(?:now|immediately|also|all|always|then|instead) )?|(?:asked|requested|instructed|demanded|required|insisted|directed|ordered) that (?:[a-z]+ ){1,4}))be (?:paid|sent|transferred|wired|forwarded|emailed|shared|uploaded|posted|deleted|removed|executed|granted|disclosed|published|moved|rotated|reset|changed|updated|disabled|revoked|added|installed|deployed|refunded)\b/i;
const AUTHORITY = /\b(?:important|urgent(?:ly)?|immediately|mandatory|high priority|critical instruction|(?<=\bon )behalf of|message from|instructions? from|note from|(?<=\bi )authori[sz]e|authori[sz]ed by|(?<=\b(?:this is|from) (?:your|the) )(?:admin|administrator|owner|user|boss|manager|developer|system)|(?<=\b(?:has|have|had) (?:already )?)(?:authori[sz]ed|approved|permitted|allowed) you|(?<=\b(?:the|your) )user (?:has |had )?(?:already )?(?:approved|authori[sz]ed|asked|requested|instructed|confirmed|wants|would like|permitted|allowed|agreed))\b/i;

// Role markers: text imitating a chat turn (`system:` at a line start), chat-template tokens (`<|im_start|>`,
// `[INST]`, `<<SYS>>`, `<tool_call>`), or tool-call JSON. Split by the character each form must start
// with and tried only where that character is (line starts, '<', '['), the JSON form behind its
// leading quote: one regex tried at every position of every text was among the costliest scans.
// Also in markdown: `**Assistant**: …`, `> **System:** …`.
/**
 * Not `user:` or `human:` alone: a support chat's transcript reads "User: … / Agent: …"; a fake dialogue has the
 * assistant's or the system's turn too.
 */
const ROLE_LINE = /(?:^|\n)\s{0,8}(?:#{1,4}\s{0,3}|>\s{0,3})?[*_]{0,3}(?:system|assistant|developer|tool)\s{0,3}(?:message|prompt)?[*_]{0,3}\s{0,3}:/iy;
/**
 * The instruction-tuning prompt format's header on a line of its own (`### Instruction:` … `### Response:`). With its
 * colon: a manual's "## Instruction" heading is followed by steps for a person.
 */
const ROLE_HEADER = /(?:^|\n)\s{0,8}#{2,4}\s{0,3}instruction\s{0,3}:[ \t]*(?=\r?\n|$)/iy;
/** A chat turn in a markdown comment (`[//]: # (assistant: …)`): hidden when rendered, like an HTML comment. */
const ROLE_MD_COMMENT = /\[(?:\/\/|comment)\]:\s{0,2}(?:#|<>)\s{0,2}\(\s{0,2}(?:system|assistant|user|developer)\s{0,3}(?:message|prompt)?\s{0,3}:/iy;
// `<!-- assistant: ... -->`: a chat turn hidden in an HTML comment of a fetched page.
const ROLE_ANGLE = /<\|[a-z_]{2,20}\|>|<<\/?sys>>|<\/?(?:system|assistant|user|tool_call|function_call|tool_result|im_start|im_end)\b[^>\n]{0,80}>|<!--\s{0,8}(?:system|assistant|user|developer)\s{0,3}(?:message|prompt)?\s{0,3}:/iy;
/**
 * `[INST]`, `[SYSTEM OVERRIDE]`, `[[Assistant]]` (not a wiki link `[[Assistant]](…)`): a chat role in brackets; also a
 * tool's turn (`[tool_result]`, `[function_output]`, `[/tool_call]`): a result the model did not get from a tool.
 */
const ROLE_BRACKET = /\[\/?(?:inst|sys|system|(?:system|assistant|developer)[ _-]?(?:message|prompt|instructions?|note|override|directive|command)|(?:tool|function)[ _-]?(?:result|output|response|call))\]|\[\[(?:system|assistant|developer)\]\](?!\()/iy;
/**
 * `(system_message)`, `{assistant}`, `###(system_message)`, `{{#system}}` (a prompt template's role block): a chat role
 * spelled as a tag in parentheses or braces.
 */
const ROLE_PAREN = /[({]\s{0,2}(?:system|assistant|developer)(?:[ _-]?(?:message|prompt|instructions?|note|override|directive|command))?\s{0,2}[)}]|\{\{\s{0,2}(?:system|assistant|developer)\s{0,3}:|\{\{[#~]\s{0,2}(?:system|assistant|user|developer)\s{0,2}~?\}\}/iy;
/** A chat message as JSON: `"role": "system", "content": "…"`. */
const ROLE_JSON = /"role"\s{0,3}:\s{0,3}"(?:system|assistant|developer)"/i;
/**
 * Orders under a prompt's key in data (`"instruction": "…"`, `"system_prompt": …`). Not `"instructions"`: delivery,
 * payment and setup APIs use it for a person ("Leave the parcel at the back door").
 */
const PROMPT_KEY = /"(?:instruction|system_?prompt|system_?message|assistant_?instructions?)"\s{0,3}:\s{0,3}["\[]/i;
/** A field named for the model's task or addressed to it in a table, YAML or JSON (`| assistant_task | … |`, `agent-instructions: …`, `"note_to_agent": …`). */
const MODEL_TASK_KEY = /(?:^|[\n|"{,]\s{0,3})(?:(?:assistant|agent|ai|llm)[_-](?:tasks?|instructions?|directives?|commands?|prompt)|(?:tasks?|instructions?|directives?|commands?|prompts?|notes?|messages?)[_-](?:for|to)[_-](?:the[_-])?(?:assistant|agent|ai|llm|model|bot)s?)\s{0,3}(?:"\s{0,3}:|\||:)/i;
const ROLE_TOOL_CALL = /"(?:name|function|tool)"\s{0,3}:\s{0,3}"[\w.-]{1,64}"\s{0,3},\s{0,3}"(?:arguments|parameters|args|input)"/i;

/**
 * An order inside a sentence, after a lead-in: "As a next step, please send …", "I forgot to mention, please also share
 * …" (the verb is checked by `embeddedOrder`).
 */
export const POLITE_ORDER = /(?<=[,;:] )(?:please|kindly) (?:(?:also|now|just|then|first|immediately|urgently|quickly) )?([a-z]+)/i;
const ASKING_VERBS = 'request requests requested ask asks asked require requires required insist insists insisted demand demands demanded';
/** What someone asks be done, in the subjunctive: "We request that the billing team send …". */
export const ASKED_THAT = new RegExp(`\\b(?:${ASKING_VERBS.replaceAll(' ', '|')}) that `, 'i');

/**
 * Per-segment patterns with the words each can start with (every alternative is `\b` and one of
 * them, then a non-letter), tried only at those words (see word-triggers.ts) with their matches
 * credited to segments. Keep a pattern's first words in step with its alternatives: the test
 * `word-triggers.test.ts` checks that each pattern's matches start at one.
 */
export const WORD_LED = [
  { re: REDIRECT, first: 'immerse outdated obsolete void invalid cancelled canceled superseded revoked replaced deprecated longer stop abort halt cease quit abandon finish fulfil fulfill process solve answer proceed continue strictly exactly precisely faithfully adhere obey comply abide before after ignore disregard forget override skip bypass ignora ignorar ignorez ignoriere ignorieren olvida olvide olvidar oublie oubliez vergiss vergessen dimentica esque esqueca task request instruction instructions instead do follow complete perform update updates change changes amendment amendments correction corrections addition additions addendum you don never priority precedence objective now tasks goal goals objectives directive directives' },
  { re: MODEL_WORDS, first: 'ai assistant language llm gpt chatgpt claude gemini llama mistral mixtral command cohere qwen deepseek grok gemma chatbot copilot virtual' },
  { re: ADDRESS, first: 'automated autonomous reader readers summarizer summariser summarizers summarisers classifier classifiers crawler crawlers scraper scrapers summarize summarizes summarized summarizing summarise summarises summarised summarising translate translates translated translating user if ai assistant llm model chatbot bot agent copilot tell inform remind convince persuade ask advise show recommend suggest when your language gpt ais assistants llms models chatbots bots agents whenever once system systems tool tools copilots gpts' },
  { re: SECOND_PERSON, first: 'you your' },
  { re: YOU_DIRECTIVE, first: 'critical essential important imperative vital crucial necessary mandatory urgent you want wants need needs ask asks asked instruct instructs instructed require requires required request requests requested demanded insisted directed authorized authorised allowed permitted told make be remember' },
  { re: AUTHORITY, first: 'important urgent urgently immediately mandatory high critical message instruction instructions note authorized authorised approved permitted allowed user behalf authorize authorise admin administrator owner boss manager developer system' },
  { re: PASSIVE_DIRECTIVE, first: 'be' },
  { re: THIRD_PERSON_DIRECTIVE, first: 'ai assistant model llm chatbot bot copilot agent ais assistants llms chatbots copilots agents bots models automated autonomous' },
  { re: POLITE_ORDER, first: 'please kindly' },
  { re: ASKED_THAT, first: ASKING_VERBS },
].map(({ re, first }) => {
  const sticky = new RegExp(re.source, `${re.flags}y`);
  const words = first.split(' ');
  return { re, sticky, first: words, bySlot: bySlotOf(re, sticky, words) };
});
/**
 * For each table slot of the pattern's first words (word-triggers.ts), the pattern cut to the branches that can start at
 * the words in that slot (regex-alternatives.ts): what is tried at a candidate whose word landed there. A word that
 * only shares a slot with a first word cannot start any branch at all, so the cut tries all that could match.
 */
function bySlotOf(re: RegExp, sticky: RegExp, words: readonly string[]): Map<number, RegExp> {
  const inSlot = new Map<number, string[]>();
  for (const w of words) {
    const slot = WordTriggers.slotOfWord(w);
    inSlot.set(slot, [...(inSlot.get(slot) ?? []), w.toLowerCase()]);
  }
  return new Map([...inSlot].map(([slot, ws]) => [slot, branchesAt(re, ws, sticky)]));
}
export const [REDIRECT_BIT, MODEL_WORDS_BIT, ADDRESS_BIT, SECOND_PERSON_BIT, YOU_DIRECTIVE_BIT, AUTHORITY_BIT, PASSIVE_BIT, THIRD_PERSON_BIT, POLITE_ORDER_BIT, ASKED_THAT_BIT] = WORD_LED.map((_p, i) => 1 << i);

/**
 * Where the text carries a role marker (its offset), or -1; each form is tried only where its first character occurs.
 * Not in a message between agents: a prompt's JSON keys (their task specs use them).
 */
export function roleMarkerAt(text: string, opts: { message?: boolean } = {}): number {
  let at = -1;
  if (text.indexOf(':') >= 0) {
    at = earliest(at, tryAtLines(ROLE_LINE, text, true));
    at = earliest(at, text.search(ROLE_TOOL_CALL));
    if (text.includes('"role"')) at = earliest(at, text.search(ROLE_JSON));
    if (!opts.message && (text.includes('"instruction') || text.includes('"system') || text.includes('"assistant'))) at = earliest(at, text.search(PROMPT_KEY));
  }
  if (!opts.message && (text.includes('_task') || text.includes('-task') || text.includes('_instruction') || text.includes('-instruction') || text.includes('_prompt') || text.includes('_for_') || text.includes('-for-') || text.includes('_to_'))) {
    at = earliest(at, text.search(MODEL_TASK_KEY));
  }
  if (text.includes('#')) at = earliest(at, tryAtLines(ROLE_HEADER, text));
  at = earliest(at, tryAt(ROLE_ANGLE, text, '<'));
  at = earliest(at, tryAt(ROLE_BRACKET, text, '['));
  at = earliest(at, tryAt(ROLE_MD_COMMENT, text, '['));
  at = earliest(at, tryAt(ROLE_PAREN, text, '('));
  return earliest(at, tryAt(ROLE_PAREN, text, '{'));
}

/** The earlier of two offsets, -1 meaning none (a plain function: no closure per scanned text). */
function earliest(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * The pattern (sticky, starting with `(?:^|\n)`) tried at the text's start and at each line break: where it first
 * matches, or -1. `notFields`: a match on a line of a record's fields (fieldLine) does not count.
 */
function tryAtLines(sticky: RegExp, text: string, notFields = false): number {
  for (let at = 0; at >= 0; at = text.indexOf('\n', at + 1)) {
    sticky.lastIndex = at;
    if (sticky.test(text) && !(notFields && fieldLine(text, text.charCodeAt(at) === 10 ? at + 1 : at))) return at;
    if (at === text.length - 1) break;
  }
  return -1;
}

/** A `Key: value` line (markdown emphasis around the key allowed): the key, and the value to the line's end. */
const KEY_VALUE_LINE = /[ \t]{0,8}[*_]{0,2}([A-Za-z][\w .()/&-]{0,30}?)[*_]{0,2}[ \t]{0,2}:[*_]{0,2}[ \t]+(\S[^\n]{0,160})/y;
const CHAT_ROLES = new Set(['system', 'assistant', 'user', 'developer', 'tool', 'human', 'ai', 'bot', 'agent', 'model', 'llm']);
/** A field's value: a few words, none of them starting lowercase (a name, a product and version, a number). */
const FIELD_VALUE = /^[^a-z\s]\S*(?:[ \t]+[^a-z\s]\S*){0,5}[ \t]*$/;

/**
 * The line at `lineStart` is a field of a record, not a chat turn: a value like a name ("System: Ubuntu 22.04 LTS",
 * "Assistant: Maria Lopez (ext. 4412)", "AI: Artificial Intelligence") beside another line of fields whose key
 * is no chat role ("Memory: 16 GB", "Manager: Tom Reed"). A spec sheet, a staff list, a glossary. A role label
 * followed by a sentence is a turn wherever it stands.
 */
export function fieldLine(text: string, lineStart: number): boolean {
  KEY_VALUE_LINE.lastIndex = lineStart;
  const m = KEY_VALUE_LINE.exec(text);
  if (!m || !FIELD_VALUE.test(m[2])) return false;
  const prev = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  const next = text.indexOf('\n', lineStart);
  return (prev >= 0 && otherField(text, prev)) || (next >= 0 && otherField(text, next + 1));
}

function otherField(text: string, lineStart: number): boolean {
  KEY_VALUE_LINE.lastIndex = lineStart;
  const m = KEY_VALUE_LINE.exec(text);
  return m !== null && !CHAT_ROLES.has(m[1].trim().toLowerCase());
}

/** Where the sticky pattern first matches at an occurrence of `c`, or -1. */
function tryAt(sticky: RegExp, text: string, c: string): number {
  for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return at;
  }
  return -1;
}
