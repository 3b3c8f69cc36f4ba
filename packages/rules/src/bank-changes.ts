// Content that announces a payee's new bank details, or asks that a refund go elsewhere than the original payment
// method: the way invoice, business-email and refund fraud redirect payments ("our bank details have changed, please
// pay to …", "refund me to my new PayPal …"). A payment to the account such content gives is worth a person's check
// with the payee by a known channel, whoever asked for the payment.

/**
 * A change of bank details announced, in English, German, French, Spanish, Portuguese or Italian: new or updated bank
 * details, account details or IBAN; the bank details have changed; "we moved banks"; the old account no longer used.
 * Not "your new account" (a sign-up) nor a new account number alone without a word of banking.
 */
const NEW_BANK_DETAILS = new RegExp(
  [
    String.raw`\b(?:new|updated|changed|revised|different)\s+(?:bank(?:ing)?\s+(?:details|account|information|info|connection)|account\s+(?:details|number)|iban|remittance\s+(?:details|information)|payment\s+(?:details|information))`,
    String.raw`\b(?:bank(?:ing)?|account|payment|remittance|receiving)\s+(?:details|information|account|info)\s+(?:(?:has|have)\s+)?(?:changed|moved|been\s+(?:updated|changed|moved))`,
    String.raw`\b(?:moved|changed|switched)\s+(?:banks|bank\s+accounts?|(?:our|their|his|her|its)\s+bank(?:\s+account)?)`,
    // "Their bank changed", "our bank account has changed": the same, the bank first.
    String.raw`\b(?:our|their|his|her|its|my)\s+bank(?:\s+account)?\s+(?:(?:has|have|had)\s+)?(?:changed|moved)\b`,
    // "Please update Acme's bank details", "update the vendor's IBAN": details to be replaced by new ones.
    String.raw`\bupdate\s+(?:(?:[a-z0-9&.-]+['’]s|the|our|their|his|her|its|your|my)\s+)?(?:[a-z-]+\s+){0,2}?(?:bank(?:ing)?\s+(?:details|account|information|info)|iban|remittance\s+(?:details|information)|payment\s+details)\b`,
    // "Process the direct deposit change in HR-5521", "a payout account update".
    String.raw`\b(?:direct[\s-]+deposit|bank(?:ing)?|payout|payroll\s+account|deposit\s+account)\s+(?:details\s+|account\s+|information\s+)?(?:change|update|switch)\b`,
    // "The old Commerzbank account no longer accepts payments": the bank's name may stand between.
    String.raw`\b(?:old|previous|former)\s+(?:[a-z&-]+\s+){0,2}?(?:bank\s+)?(?:account|details|iban)\s+(?:(?:is|are|has|have|can|will|should|must|does|do)\s+)?(?:no\s+longer|not|been\s+closed|closed)`,
    // "The Barclays account above is being closed", "our current account will be discontinued": the account on the
    // invoice about to stop, which is what a notice that swaps it says first.
    String.raw`\b(?:account|iban|bank\s+account)\s+(?:(?:above|below|on\s+file|listed\s+(?:above|below)|on\s+(?:the|this)\s+invoice)\s+)?(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:being\s+)?(?:closed|closing|discontinued|retired|deactivated|terminated|phased\s+out)\b`,
    // "Payments … must be sent to the settlement account LT12 … instead": another account in place of the one given.
    String.raw`\b(?:sent|paid|transferred|remitted|wired|made|routed)\s+to\s+(?:the|our|this|an?)\s+(?:[a-z-]+\s+){0,2}account\b[^\n.]{0,100}?\binstead\b`,
    // Money routed to an account that holds it for someone ("refunds over $500 go to the escrow account …", "move your
    // savings to a safe account"): how refund and impersonation scams name the account they control.
    String.raw`\b(?:go(?:es)?|sent|paid(?:\s+out)?|settled|remitted|refunded|reimbursed|deposited|routed|transferred|moved|issued|credited|made|move|transfer)\s+(?:to|into)\s+(?:the|an?|our|your|their|a\s+new)\s+(?:[a-z-]+\s+){0,2}?(?:escrow|holding|suspense|safe|secure|protected|verification|clearing)\s+(?:[a-z-]+\s+)?account`,
    // "Remittance has moved", "do not use the account on file": the account the payer holds, set aside.
    String.raw`\bremittance\s+(?:(?:has|have)\s+)?(?:changed|moved|been\s+(?:updated|changed|moved))`,
    String.raw`\b(?:do\s+not|don['’]t|never)\s+(?:use|pay\s+(?:to|into))\s+(?:the|our|their|his|her|its|your|any)\s+(?:old\s+|previous\s+|former\s+|usual\s+|other\s+)?(?:bank\s+)?(?:account|iban|bank\s+details)\s+(?:on\s+file|we\s+have|in\s+your\s+records)`,
    String.raw`\b(?:hinterlegte|bisherige|alte)s?\s+(?:Bank)?(?:konto|Konto|IBAN|Bankverbindung)\s+(?:bitte\s+)?nicht\s+(?:mehr\s+)?(?:verwenden|benutzen|nutzen)`,
    String.raw`\bneue[nrs]?\s+(?:Bankverbindung|Kontoverbindung|IBAN|Bankdaten|Kontodaten)|\b(?:Bankverbindung|Kontoverbindung)\s+(?:hat\s+sich\s+)?ge(?:ä|ae)ndert|\bge(?:ä|ae)nderte[nr]?\s+(?:Bankverbindung|Kontoverbindung)`,
    String.raw`\bnouve(?:lles?|au|l)\s+(?:coordonn(?:é|e)es\s+bancaires|RIB|IBAN|compte\s+bancaire)|\bchangement\s+de\s+(?:banque|compte|RIB)`,
    String.raw`\bnuev[oa]s?\s+(?:datos\s+bancarios|cuenta\s+bancaria|IBAN)|\bcambio\s+de\s+(?:banco|cuenta|datos\s+bancarios)`,
    String.raw`\bnov[oa]s?\s+(?:dados\s+banc(?:á|a)rios|conta\s+banc(?:á|a)ria|IBAN)|\bnuov[eoi]\s+(?:coordinate\s+bancarie|IBAN|conto\s+corrente)`,
    // A refund or payout asked to go elsewhere than the original payment method: "refund to my new card", "my new
    // PayPal", "instead of the original payment method", "my card was cancelled".
    String.raw`\b(?:my|our)\s+new\s+(?:credit\s+|debit\s+)?(?:card|paypal|venmo|revolut|wise|bank\s+account|account\s+number|iban)\b`,
    String.raw`\binstead\s+of\s+(?:the|my)\s+(?:original|usual|old)\s+(?:payment\s+method|card|account)`,
    String.raw`\bnot\s+(?:to\s+|back\s+to\s+)?(?:the|your|their|his|her)\s+(?:original\s+)?(?:card|payment\s+method|account\s+on\s+file)\b`,
    String.raw`\b(?:old\s+|original\s+|previous\s+)?card\s+(?:is|was|has\s+been)\s+(?:cancell?ed|closed|blocked|expired)`,
    // The same in Spanish, Portuguese, French, German and Italian ("la tarjeta original del cliente ha sido cancelada").
    String.raw`\btarjeta\s+(?:[^\s.]+\s+){0,3}?(?:ha\s+sido|fue|est(?:á|a))\s+(?:cancelada|bloqueada|anulada|dada\s+de\s+baja)|\bcart(?:ã|a)o\s+(?:[^\s.]+\s+){0,3}?(?:foi|est(?:á|a))\s+(?:cancelado|bloqueado)|\bcarte\s+(?:[^\s.]+\s+){0,3}?(?:a\s+(?:é|e)t(?:é|e)|est)\s+(?:annul(?:é|e)e|bloqu(?:é|e)e|r(?:é|e)sili(?:é|e)e)|\bKarte\s+(?:[^\s.]+\s+){0,3}?(?:wurde|ist)\s+(?:gesperrt|gek(?:ü|ue)ndigt|storniert)|\bcarta\s+(?:[^\s.]+\s+){0,3}?(?:(?:è|e)\s+stata)\s+(?:annullata|bloccata)`,
  ].join('|'),
  'i',
);

/**
 * The text gives where money can go (an IBAN, a card or account number, an address a payment service pays) and
 * announces changed bank or payment details. The regex runs only on texts with such a value.
 */
export function announcesNewAccount(values: ReadonlySet<string>, text: string): boolean {
  let account = false;
  for (const v of values) if (ACCOUNT_KINDS.has(v.slice(0, v.indexOf(':')))) account = true;
  return account && NEW_BANK_DETAILS.test(text);
}

/** Value kinds a payment goes to: an IBAN, a card or account number, a payment service's address (PayPal). */
export const ACCOUNT_KINDS: ReadonlySet<string> = new Set(['iban', 'digits', 'email']);

/**
 * The user's own words know of the change ("they told me they changed banks, pay the new IBAN in their email", "an die
 * neue IBAN aus ihrer Mail"): the payment goes where the user says, having checked it.
 */
export function userKnowsOfChange(requests: readonly string[]): boolean {
  return requests.some((t) => NEW_BANK_DETAILS.test(t));
}
