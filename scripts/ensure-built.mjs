// `npm start` on a fresh clone: build the server and the web app when the build is missing or
// older than the sources, so the two README commands are all a newcomer needs.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outputs = ['dist/server/main.js', 'dist/web/index.html'].map((p) => path.join(root, p));
const sources = ['server', 'common', 'web', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => path.join(root, p));

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

const builtAt = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
if (builtAt < Math.max(...sources.map(newestMtime))) {
  console.log('Building Ujian (server and web app)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
