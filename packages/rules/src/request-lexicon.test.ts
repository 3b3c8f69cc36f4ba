import { describe, expect, it } from 'vitest';
import { foreignActWords } from './request-lexicon.ts';

describe('foreignActWords', () => {
  it('gives the English act words of requests in other languages', () => {
    expect(foreignActWords('Schick bitte die Rechnung Nr. 2024-088 an Herrn Becker.')).toEqual(['send', 'invoice']);
    expect(foreignActWords("Envoie le rapport à Julie, elle me l'a demandé.")).toEqual(['send']);
    expect(foreignActWords('Réponds à Marc et supprime le brouillon.')).toEqual(['reply', 'delete']);
    expect(foreignActWords('Reserva una mesa y avisa a Ana.')).toEqual(['book', 'table', 'notify']);
    expect(foreignActWords('明日の打ち合わせを金曜日に変更して、田中さんに連絡してください。')).toEqual(['contact', 'change']);
    expect(foreignActWords('김민준 님이 요청한 견적서를 이메일로 보내 주세요.')).toEqual(['send', 'emails']);
    // Pronouns attached to an Italian or Spanish imperative: "mandagli" is "manda" + "gli".
    expect(foreignActWords('Prenota un tavolo e mandagli la conferma.')).toEqual(['book', 'table', 'send']);
    expect(foreignActWords('Envíale el contrato a Lucía.')).toEqual(['send']);
    // Sending and mailing in other German forms, creating (a pull request, a ticket) in German, French and Spanish.
    expect(foreignActWords('Verschicke die Kundenliste an Maria.')).toEqual(['send']);
    expect(foreignActWords('Maile die Liste an Maria.')).toEqual(['email']);
    expect(foreignActWords('Erstelle einen Pull Request mit dem Fix.')).toEqual(['create']);
    expect(foreignActWords('Crée un ticket pour ce bug.')).toEqual(['create']);
    expect(foreignActWords('Crea un PR con la actualización.')).toEqual(['create']);
    // Adding (a product to a shop, a guest to a list) in French, Spanish, Portuguese, Italian and German.
    expect(foreignActWords("Ajoute le nouveau plaid à la boutique d'après sa fiche produit.")).toEqual(['add']);
    expect(foreignActWords('Añade a Lucía a la lista.')).toEqual(['add']);
    expect(foreignActWords('Adiciona o produto à loja.')).toEqual(['add']);
    expect(foreignActWords('Aggiungi Marco alla riunione di domani.')).toEqual(['add', 'meetings']);
    expect(foreignActWords('Füge Maria zur Gruppe hinzu.')).toEqual(['add']);
  });

  it('gives nothing for a request in English, nor for words that only read about messages', () => {
    expect(foreignActWords('Send the slides to Bob and pay the rent.')).toEqual([]);
    expect(foreignActWords('Fasse die letzten Nachrichten zusammen.')).toEqual(['messages']);
  });
});
