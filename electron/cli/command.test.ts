import { describe, expect, it } from 'vitest';
import { ok, type Err } from '../../shared/result';
import { defineCommand, type CliInput } from './command';

const info = { path: ['probe'], summary: 'cli.help', usage: '', options: {} };
// The commands under test never touch their input.
const input = {} as CliInput;

describe('defineCommand', () => {
  it("renders a command's value with its own human and json forms", async () => {
    const command = defineCommand({
      ...info,
      run: async () => ok({ total: 3, rows: ['a', 'b', 'c'] }),
      human: (value, language) => `${language}: ${value.rows.join(',')} (${value.total})`,
      json: (value) => ({ total: value.total }),
    });
    const result = await command.run(input);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.human('en')).toBe('en: a,b,c (3)');
    expect(result.value.json()).toEqual({ total: 3 });
  });

  it('prints the whole value as JSON either way when a command gives no forms', async () => {
    const command = defineCommand({ ...info, run: async () => ok({ url: 'http://127.0.0.1:1' }) });
    const result = await command.run(input);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.json()).toEqual({ url: 'http://127.0.0.1:1' });
    expect(JSON.parse(result.value.human('zh-CN'))).toEqual({ url: 'http://127.0.0.1:1' });
  });

  it('passes a refusal through untouched', async () => {
    const refusal: Err = { ok: false, code: 'errors.portInUse', message: 'in use', params: { port: 1 } };
    const command = defineCommand({
      ...info,
      run: async (): Promise<Err> => refusal,
      human: () => 'never printed',
    });
    expect(await command.run(input)).toBe(refusal);
  });

  it("checks human and json against run's value at compile time", () => {
    defineCommand({
      ...info,
      run: async () => ok({ total: 3 }),
      // @ts-expect-error `rows` is not part of the value run returns.
      human: (value) => value.rows.join(','),
    });
    defineCommand({
      ...info,
      run: async () => ok({ total: 3 }),
      // @ts-expect-error `summary` is not part of the value run returns.
      json: (value) => value.summary,
    });
  });
});
