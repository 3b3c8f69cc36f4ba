import { describe, expect, it } from 'vitest';
import { conversationOf } from './agent-input.ts';

describe('conversationOf', () => {
  it('reads the turns of a conversation handed to an agent, in the formats frameworks write', () => {
    expect(conversationOf(JSON.stringify([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Pay the bill.' }, { role: 'tool', content: 'IBAN X' }]))).toEqual({
      user: ['Pay the bill.'],
      system: ['Be brief.'],
      others: true,
    });
    // LangGraph's state, LangChain's message types and its serialized message classes, content as parts.
    expect(conversationOf(JSON.stringify({ messages: [{ type: 'human', content: 'Hi' }, { type: 'ai', content: 'Hello' }] }))).toEqual({ user: ['Hi'], system: [], others: true });
    const serialized = { lc: 1, type: 'constructor', id: ['langchain', 'schema', 'messages', 'HumanMessage'], kwargs: { content: [{ type: 'text', text: 'Find flights' }] } };
    expect(conversationOf(JSON.stringify({ messages: [serialized] }))).toEqual({ user: ['Find flights'], system: [], others: false });
  });

  it('leaves anything that is not a conversation to be read as the user words it is', () => {
    expect(conversationOf('Pay the bill in bill.txt.')).toBeUndefined();
    expect(conversationOf('{"query": "flights to Paris"}')).toBeUndefined();
    expect(conversationOf('[1, 2, 3]')).toBeUndefined();
    expect(conversationOf('{"messages": [{"content": "no role"}]}')).toBeUndefined();
    expect(conversationOf('{"messages": [')).toBeUndefined();
    expect(conversationOf('{"messages": []}')).toBeUndefined();
  });
});
