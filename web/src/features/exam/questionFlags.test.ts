import { describe, expect, it, vi } from 'vitest';
import { readFlags, writeFlags } from './questionFlags';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('question flags storage', () => {
  it('keeps the flags per session', () => {
    const storage = memoryStorage();
    writeFlags(storage, 's1', ['q1', 'q3']);
    expect(readFlags(storage, 's1')).toEqual(['q1', 'q3']);
    expect(readFlags(storage, 's2')).toEqual([]);
  });

  it('reads garbage or a failing storage as no flags, and survives a full one', () => {
    expect(readFlags({ getItem: () => '{not json' }, 's1')).toEqual([]);
    expect(readFlags({ getItem: () => '[1, "q2", null]' }, 's1')).toEqual(['q2']);
    expect(
      readFlags(
        {
          getItem: () => {
            throw new Error('blocked');
          },
        },
        's1',
      ),
    ).toEqual([]);
    const full = {
      setItem: () => {
        throw new Error('quota');
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => writeFlags(full, 's1', ['q1'])).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
