/**
 * Child process of electron/shell/server-memory.test.ts: runs the browser shell on an empty static folder, prints
 * `{ port, token }`, then answers each line on stdin with this process's peak RSS so far.
 */
import { testServices } from '../temp';
import { createApp } from '../../electron/app';
import { startShell } from '../../electron/shell/server';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: shell-rss-probe <folder>');
const shell = await startShell({ dispatcher: createApp(testServices(dir)), staticDir: dir });
process.stdout.write(`${JSON.stringify({ port: shell.port, token: shell.token })}\n`);
process.stdin.setEncoding('utf8');
process.stdin.on('data', () => {
  // resourceUsage().maxRSS is in kilobytes.
  process.stdout.write(`${JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
});
process.stdin.on('end', () => void shell.close().then(() => process.exit(0)));
