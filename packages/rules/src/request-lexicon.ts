// The act words of a request written in another language, as the English words action-families.ts reads: a user who
// writes "Schick bitte die Rechnung an Herrn Becker" asked for a message as surely as one who writes "send".

/**
 * Verbs (imperative and infinitive, the forms a request takes) and the objects of messages, in German, French,
 * Spanish, Portuguese, Italian and Dutch. Only acts whose tools the rules weigh: sending, paying, deleting, booking,
 * sharing, changing.
 */
const WORDS = new Map<string, string>([
  // German
  ...pairs('send', 'schick schicke schicken sende senden versende versenden verschicke verschicken zusenden übermittle übermitteln'),
  ...pairs('email', 'maile mailen'),
  ...pairs('create', 'erstelle erstellen leg lege anlegen eröffne eröffnen'),
  ...pairs('add', 'füge hinzufügen ergänze ergänzen'),
  ...pairs('forward', 'weiterleiten leite'),
  ...pairs('reply', 'antworte antworten beantworte beantworten'),
  ...pairs('notify', 'benachrichtige benachrichtigen informiere informieren'),
  ...pairs('remind', 'erinnere erinnern'),
  ...pairs('schedule', 'einplanen planen terminiere terminieren vereinbare vereinbaren'),
  ...pairs('contact', 'kontaktiere kontaktieren'),
  ...pairs('pay', 'bezahle bezahl bezahlen zahle zahl überweise überweisen begleiche begleichen'),
  ...pairs('update', 'trag trage eintragen hinterlege hinterlegen'),
  ...pairs('delete', 'lösche löschen entferne entfernen'),
  ...pairs('book', 'buche buchen reserviere reservieren'),
  ...pairs('share', 'teilen'),
  ...pairs('change', 'ändere ändern verschiebe verschieben'),
  // French
  ...pairs('send', 'envoie envoyer envoyez expédie renvoie renvoyer renvoyez'),
  ...pairs('create', 'crée créer créez ouvre ouvrir ouvrez'),
  ...pairs('add', 'ajoute ajouter ajoutez'),
  ...pairs('forward', 'transfère transférer transférez transmets transmettre transmettez'),
  ...pairs('reply', 'réponds répondre répondez'),
  ...pairs('notify', 'préviens prévenir prévenez informe informer informez'),
  ...pairs('contact', 'contacte contacter contactez écris écrire écrivez'),
  ...pairs('pay', 'paie payer payez régler vire virer'),
  ...pairs('delete', 'supprime supprimer supprimez efface effacer'),
  ...pairs('book', 'réserve réserver réservez'),
  ...pairs('schedule', 'planifie planifier planifiez programme programmer programmez'),
  ...pairs('share', 'partage partager partagez'),
  ...pairs('change', 'modifie modifier modifiez déplace déplacer change changer changez'),
  // Spanish and Portuguese
  ...pairs('send', 'envía envia enviar envíe envie manda mandar mande'),
  ...pairs('create', 'crea crear cree abre abrir cria criar'),
  ...pairs('add', 'añade añadir agrega agregar adiciona adicionar acrescenta acrescentar'),
  ...pairs('forward', 'reenvía reenvia reenviar encaminha encaminhar'),
  ...pairs('reply', 'responde responder responda contesta contestar'),
  ...pairs('notify', 'avisa avisar avise informa informar notifica notificar'),
  ...pairs('remind', 'recuerda recordar recuérdale rappelle rappeler rappelez'),
  ...pairs('contact', 'contacta contactar contata contatar escribe escribir escreve escrever'),
  ...pairs('pay', 'paga pagar pague transfiere transferir'),
  ...pairs('delete', 'borra borrar elimina eliminar apaga apagar exclui excluir'),
  ...pairs('book', 'reserva reservar'),
  ...pairs('cancel', 'cancela cancelar cancele cancelem annulla annullare annulli annule annuler annulez'),
  ...pairs('schedule', 'programa programar agenda agendar agende'),
  ...pairs('share', 'comparte compartir compartilha compartilhar'),
  ...pairs('change', 'cambia cambiar mueve mover altera alterar muda mudar'),
  // Italian
  ...pairs('send', 'invia inviare manda mandare spedisci'),
  ...pairs('create', 'creare apri aprire'),
  ...pairs('add', 'aggiungi aggiungere'),
  ...pairs('forward', 'inoltra inoltrare'),
  ...pairs('reply', 'rispondi rispondere'),
  ...pairs('notify', 'avvisa avvisare informa informare'),
  ...pairs('contact', 'contatta contattare scrivi scrivere'),
  ...pairs('pay', 'paga pagare bonifica'),
  ...pairs('delete', 'cancella cancellare elimina eliminare'),
  ...pairs('book', 'prenota prenotare'),
  ...pairs('schedule', 'pianifica pianificare programmare fissa fissare'),
  ...pairs('share', 'condividi condividere'),
  ...pairs('change', 'modifica modificare sposta spostare'),
  // Dutch
  ...pairs('send', 'stuur sturen verstuur versturen'),
  ...pairs('forward', 'doorsturen'),
  ...pairs('reply', 'beantwoord beantwoorden'),
  ...pairs('pay', 'betaal betalen'),
  ...pairs('delete', 'verwijder verwijderen'),
  ...pairs('book', 'boeken'),
  // Polish
  ...pairs('send', 'wyślij wyślijcie wysłać prześlij przesłać'),
  ...pairs('forward', 'przekaż przekazać'),
  ...pairs('reply', 'odpowiedz odpowiedzieć odpisz odpisać'),
  ...pairs('contact', 'napisz napisać skontaktuj'),
  ...pairs('pay', 'zapłać zapłacić opłać opłacić przelej przelać'),
  ...pairs('delete', 'usuń usunąć skasuj'),
  ...pairs('book', 'zarezerwuj zarezerwować'),
  ...pairs('share', 'udostępnij udostępnić'),
  ...pairs('change', 'zmień zmienić'),
  // Turkish (the imperative, its polite forms, the infinitive)
  ...pairs('send', 'gönder gönderin gönderir gönderiniz göndermek yolla yollayın'),
  ...pairs('forward', 'ilet iletin iletir iletmek'),
  ...pairs('reply', 'yanıtla yanıtlayın cevapla cevaplayın cevap'),
  ...pairs('pay', 'öde ödeyin ödeyiniz öder ödemek ödeme ödemeyi'),
  ...pairs('delete', 'sil silin silmek'),
  ...pairs('share', 'paylaş paylaşın'),
  ...pairs('change', 'değiştir değiştirin güncelle güncelleyin'),
  // Russian (the imperative, perfective and not)
  ...pairs('send', 'отправь отправьте отправить пошли пошлите вышли вышлите'),
  ...pairs('forward', 'перешли перешлите переслать'),
  ...pairs('reply', 'ответь ответьте ответить'),
  ...pairs('contact', 'напиши напишите написать свяжись'),
  ...pairs('pay', 'оплати оплатите оплатить заплати заплатите переведи переведите'),
  ...pairs('delete', 'удали удалите удалить'),
  ...pairs('book', 'забронируй забронируйте'),
  ...pairs('share', 'поделись поделитесь'),
  ...pairs('change', 'измени измените поменяй поменяйте'),
  // The objects of messages, as English plurals: the object only ("email" alone is also the verb).
  ...pairs('emails', 'courriel courriels correo correos correio'),
  ...pairs('messages', 'nachricht nachrichten mensaje mensajes mensagem messaggio bericht'),
  ...pairs('meetings', 'termin réunion reunión reunião riunione'),
  ...pairs('invoice', 'rechnung facture factura fatura fattura factuur faktura fakturę faturası faturasını faturayı счёт счет счета'),
  ...pairs('rent', 'miete loyer alquiler aluguel affitto huur czynsz kira kirayı аренду аренда'),
  ...pairs('messages', 'wiadomość wiadomości mesaj mesajı сообщение письмо'),
  ...pairs('profile', 'profil perfil profilo profiel'),
  ...pairs('account', 'konto girokonto gehaltskonto compte cuenta conta conto rekening'),
  // What is booked: "prenota un tavolo al ristorante", "reserva una habitación", "buche einen Flug".
  ...pairs('restaurant', 'ristorante restaurante restaurants ristoranti restaurantes'),
  ...pairs('table', 'tavolo tisch mesa tafel stolik'),
  ...pairs('hotel', 'albergo hotels hôtel hotéis alberghi'),
  ...pairs('room', 'zimmer chambre habitación habitacion quarto kamer pokój'),
  ...pairs('flight', 'flug vuelo voo volo vlucht'),
  ...pairs('reservation', 'reservierung réservation prenotazione reservering rezerwacja'),
]);

/** Japanese, Chinese and Korean (whose words take particles and endings) are read by substrings. */
const CJK: [string, string][] = [
  ['送って', 'send'], ['送っと', 'send'], ['払っ', 'pay'], ['送信', 'send'], ['送付', 'send'], ['連絡', 'contact'], ['返信', 'reply'], ['転送', 'forward'],
  ['知らせ', 'notify'], ['メール', 'emails'], ['予約', 'book'], ['削除', 'delete'], ['支払', 'pay'], ['振込', 'pay'], ['変更', 'change'],
  ['发送', 'send'], ['发给', 'send'], ['回复', 'reply'], ['转发', 'forward'], ['联系', 'contact'], ['通知', 'notify'],
  ['邮件', 'emails'], ['预订', 'book'], ['删除', 'delete'], ['支付', 'pay'], ['付款', 'pay'], ['转账', 'pay'], ['更改', 'change'],
  // Korean
  ['보내', 'send'], ['보냅', 'send'], ['전송', 'send'], ['답장', 'reply'], ['회신', 'reply'], ['전달', 'forward'], ['연락', 'contact'],
  ['알려', 'notify'], ['이메일', 'emails'], ['메일', 'emails'], ['예약', 'book'], ['삭제', 'delete'], ['송금', 'pay'], ['결제', 'pay'],
  ['이체', 'pay'], ['변경', 'change'],
  // Japanese transfers are written with or without the okurigana (振込 / 振り込んで); what is paid for speaks of money.
  ['追加', 'add'], ['許可', 'allow'], ['登録', 'register'], ['添加', 'add'], ['允许', 'allow'], ['추가', 'add'], ['허용', 'allow'],
  ['振り込', 'pay'], ['家賃', 'rent'], ['請求書', 'invoice'], ['代金', 'invoice'], ['料金', 'invoice'],
  ['房租', 'rent'], ['账单', 'invoice'], ['发票', 'invoice'], ['汇款', 'pay'],
  // Shipping to an address, and updating a record ("将…的收款账户更新为…").
  ['寄送', 'send'], ['寄到', 'send'], ['邮寄', 'send'], ['更新', 'update'], ['修改', 'change'], ['업데이트', 'update'], ['갱신', 'update'],
  ['월세', 'rent'], ['집세', 'rent'], ['청구서', 'invoice'], ['요금', 'invoice'], ['대금', 'invoice'],
];

/** Objects among the CJK entries: what an act is done to, not the act. */
const CJK_OBJECTS = new Set(['emails', 'invoice', 'rent']);

/** The English verb of the first act a Japanese, Chinese or Korean sentence names ("…に送ってください" → "send"), if any. */
export function cjkActWord(sentence: string): string | undefined {
  for (const [w, english] of CJK) if (!CJK_OBJECTS.has(english) && sentence.includes(w)) return english;
  return undefined;
}

/** `[word, english]` for each space-separated word. */
export function pairs(english: string, words: string): [string, string][] {
  return words.split(' ').map((w) => [w, english]);
}

const LETTERS = /[\p{L}-]+/gu;
const HAS_CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** Pronouns Italian and Spanish attach to an imperative ("mandagli", "envíale", "scrivimi"), longest first. */
const CLITICS = ['glielo', 'gliela', 'glieli', 'gliene', 'gli', 'les', 'los', 'las', 'nos', 'le', 'lo', 'la', 'li', 'me', 'ci', 'vi', 'ne', 'mi', 'ti', 'se'];

/** The English act word for one lowercase word of another language, if it is one ("schick" → "send", "mandagli" → "send"). */
export function foreignActWord(word: string): string | undefined {
  // A French imperative with its pronoun joined by a hyphen ("préviens-les", "réponds-lui", "envoie-la").
  const dash = word.indexOf('-');
  if (dash > 0) return foreignActWord(word.slice(0, dash));
  const w = WORDS.get(word);
  if (w !== undefined || word.length < 5) return w;
  for (const c of CLITICS) if (word.endsWith(c)) return WORDS.get(word.slice(0, -c.length)) ?? withoutStress(word.slice(0, -c.length));
  return undefined;
}

/** A Spanish imperative takes a written stress when a pronoun joins it ("bórralos", "envíaselo"): the verb without it. */
function withoutStress(verb: string): string | undefined {
  const plain = verb.replace(STRESSED, (c) => UNSTRESSED[c]);
  return plain === verb ? undefined : WORDS.get(plain);
}
const UNSTRESSED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
const STRESSED = /[áéíóú]/g;

/**
 * Whether a text may be in one of these languages: a letter outside ASCII, or one of their common short words. An
 * English request (most of them, and the long user turns of model calls) is not read word by word.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const FOREIGN_GATE = / (?:na|ve|bir|und|bitte|die|der|das|den|dem|ein|eine|einen|mit|sie|le|la|les|des|une|el|los|las|una|il|di|por|para|et|que|che|het|een) /i;

/** English act words for the other-language words of a request (none for a request in English). */
export function foreignActWords(text: string): string[] {
  if (!NON_ASCII.test(text) && !FOREIGN_GATE.test(text)) return [];
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(LETTERS)) {
    const w = foreignActWord(m[0]);
    if (w) out.push(w);
  }
  if (HAS_CJK.test(text)) for (const [w, english] of CJK) if (text.includes(w) && !out.includes(english)) out.push(english);
  return out;
}
