import { expect } from '@open-wc/testing';
import { JsonStore, type KeyValueStorage } from '../../src/core/storage.js';

const blocked: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('JsonStore (the one way the kit uses browser storage)', () => {
  it('keeps JSON values under its prefix', () => {
    const storage = memoryStorage();
    const store = new JsonStore<{ n: number }>('sx-kit:test:', { storage });
    store.set('a', { n: 1 });
    expect(storage.data.get('sx-kit:test:a')).to.equal('{"n":1}');
    expect(new JsonStore<{ n: number }>('sx-kit:test:', { storage }).get('a')).to.deep.equal({ n: 1 });
    store.delete('a');
    expect(storage.data.has('sx-kit:test:a')).to.be.false;
  });

  it('still serves the page from memory when storage is blocked', () => {
    const store = new JsonStore<string[]>('sx-kit:test:', { storage: blocked });
    store.set('recent', ['vpn']);
    expect(store.get('recent')).to.deep.equal(['vpn']);
    expect(() => store.delete('recent')).not.to.throw();
    expect(store.get('recent')).to.equal(undefined);
  });

  it('treats unreadable or foreign data as absent', () => {
    const storage = memoryStorage();
    storage.data.set('sx-kit:test:x', '{not json');
    storage.data.set('sx-kit:test:y', '"a string"');
    const store = new JsonStore<string[]>('sx-kit:test:', { storage, parse: (value) => (Array.isArray(value) ? value : undefined) });
    expect(store.get('x')).to.equal(undefined);
    expect(store.get('y')).to.equal(undefined);
  });

  it('uses the real localStorage and sessionStorage by default', () => {
    const local = new JsonStore<number>('sx-kit:test-default:');
    const session = new JsonStore<number>('sx-kit:test-default:', { area: 'session' });
    local.set('n', 1);
    session.set('n', 2);
    expect(localStorage.getItem('sx-kit:test-default:n')).to.equal('1');
    expect(sessionStorage.getItem('sx-kit:test-default:n')).to.equal('2');
    local.delete('n');
    session.delete('n');
  });
});

describe('JsonStore and other tabs', () => {
  it('does not bring back a value another tab removed', () => {
    const storage = memoryStorage();
    const store = new JsonStore<string[]>('sx-kit:test:', { storage });
    store.set('recent', ['vpn']);
    storage.removeItem('sx-kit:test:recent');
    expect(store.get('recent')).to.equal(undefined);
  });
});
