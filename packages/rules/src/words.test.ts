import { describe, expect, it } from 'vitest';
import { toolWords, verbOfNoun } from './words.ts';

const VERBS = new Set(['wipe', 'modify', 'manipulate', 'delete', 'remove', 'pay', 'forge', 'book', 'cancel', 'ship', 'execute', 'install', 'reserve', 'get']);
const isVerb = (w: string) => VERBS.has(w);

describe('verbOfNoun', () => {
  it('reads the verb a noun of action is made from', () => {
    const nouns = ['wiping', 'modification', 'manipulation', 'deletion', 'removal', 'payment', 'forgery', 'booking', 'cancellation', 'shipping', 'execution', 'installation', 'reservation'];
    expect(nouns.map((n) => verbOfNoun(n, isVerb))).toEqual(['wipe', 'modify', 'manipulate', 'delete', 'remove', 'pay', 'forge', 'book', 'cancel', 'ship', 'execute', 'install', 'reserve']);
  });

  it('gives nothing for a noun that is no act the verbs know, or a word too short to carry a suffix', () => {
    for (const n of ['meeting', 'station', 'details', 'ring', 'al']) expect(verbOfNoun(n, isVerb), n).toBeUndefined();
  });
});

describe('toolWords', () => {
  it('reads a tool named for its act as a noun by that act, in its last word only', () => {
    expect(toolWords('DataWiping', isVerb)).toEqual(['data', 'wipe']);
    expect(toolWords('PrescriptionModification', isVerb)).toEqual(['prescription', 'modify']);
    expect(toolWords('flight_booking', isVerb)).toEqual(['flight', 'book']);
    // What it tells about is the last word: a read of the booking's details.
    expect(toolWords('booking_details', isVerb)).toEqual(['booking', 'details']);
    // A name with a verb of its own keeps its words.
    expect(toolWords('get_booking', isVerb)).toEqual(['get', 'booking']);
  });
});
