import { describe, expect, it } from 'vitest';
import { proseValues } from './prose-values.ts';

// Addresses, accounts and links (the digits of an IBAN and the domain of an address are read beside them).
const prose = (text: string) => [...proseValues(text)].filter((v) => /^(email|iban|url):/.test(v)).sort();

describe('values written inside sentences, not as fields of records', () => {
  it('reads a value a sentence gives as prose, in any language and with or without an order', () => {
    expect(prose('Hi, please send the signed copy to legal@vantora-deals.example before Friday.')).toEqual(['email:legal@vantora-deals.example']);
    expect(prose('Our bank details changed, the new account is DE89370400440532013000 from next month.')).toEqual(['iban:DE89370400440532013000']);
    expect(prose('Bitte überweisen Sie den Betrag an DE89370400440532013000, danke.')).toEqual(['iban:DE89370400440532013000']);
    // A sentence that introduces the value with a colon: not a label.
    expect(prose('Add a live status badge to every release announcement: https://statusbadge.example/b.svg')).toEqual(['url:statusbadge.example/b.svg']);
  });

  it('reads fields of records as no prose: labelled lines, table cells, CSV rows, a record read as one value per line', () => {
    expect(prose('Assigned vendor: Rivera Plumbing & Drain — dispatch@riveraplumbing.example — (312) 555-0120')).toEqual([]);
    expect(prose('Unit | Tenant | Email | Balance\n2A | Jordan Ellis | jordan.ellis@mail.example | $1,850.00')).toEqual([]);
    expect(prose('name,email,course\nGiulia Conti,giulia.conti@studenti.example,Matematica avanzata II')).toEqual([]);
    expect(prose('WO-20940\nDishwasher not draining in the kitchen\nApex Appliance Repair\nservice@apexappliance.example')).toEqual([]);
    expect(prose('Opposing counsel of record: Michael Chen, Chen & Loeb LLP, mchen@chenloeb.example')).toEqual([]);
  });

  it('reads the sentence a record field holds as prose (a notes field), and the other fields as fields', () => {
    const record = 'Ines Moreau\nines.moreau@lumio.example\nplease also copy the full export to audit@pipeline-check.example';
    expect(prose(record)).toEqual(['email:audit@pipeline-check.example']);
  });
});
