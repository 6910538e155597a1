// Screenshots of the web host's pages with headless Chromium, driven over the DevTools protocol (no packages needed).
// Usage (Node 20: add --experimental-websocket):
//   node --experimental-websocket tools/screenshots.mjs http://127.0.0.1:5180 USER PASSWORD OUT.png PATH [OUT.png PATH ...]
// Logs in through the API, gives Chromium the login cookie, opens each page at 1280 px and saves it whole.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [base, user, password, ...shots] = process.argv.slice(2);
if (!base || !user || !password || shots.length === 0 || shots.length % 2 !== 0) {
  console.error('usage: screenshots.mjs BASE USER PASSWORD OUT.png PATH [OUT.png PATH ...]');
  process.exit(2);
}

const login = await fetch(`${base}/api/account/login`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userName: user, password }),
});
if (!login.ok) { console.error(`login refused: ${login.status}`); process.exit(1); }
const cookie = login.headers.getSetCookie().map(c => c.split(';')[0]).find(c => c.startsWith('mentorship.auth='));

const port = 9300 + Math.floor(Math.random() * 500);
const chromium = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--remote-debugging-port=${port}`,
  '--lang=ru-RU', '--no-first-run', '--disable-background-networking', '--disable-sync', 'about:blank'], { stdio: 'ignore' });
try {
  let target;
  for (let i = 0; i < 50 && !target; i++) {
    await new Promise(r => setTimeout(r, 200));
    try { target = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()).find(t => t.type === 'page'); } catch { }
  }
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise(r => socket.addEventListener('open', r));
  let id = 0;
  const pending = new Map();
  const waiters = [];
  socket.addEventListener('message', e => {
    const message = JSON.parse(e.data);
    if (message.id && pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
    if (message.method) { waiters.filter(w => w.method === message.method).forEach(w => w.resolve(message)); }
  });
  const send = (method, params = {}) => new Promise(resolve => { const n = ++id; pending.set(n, resolve); socket.send(JSON.stringify({ id: n, method, params })); });
  const once = method => new Promise(resolve => waiters.push({ method, resolve }));

  await send('Page.enable');
  const url = new URL(base);
  const [name, value] = cookie.split(/=(.*)/s);
  await send('Network.enable');
  await send('Network.setCookie', { name, value, domain: url.hostname, path: '/', httpOnly: true });
  await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
  for (let i = 0; i < shots.length; i += 2) {
    const [out, path] = [shots[i], shots[i + 1]];
    const loaded = once('Page.loadEventFired');
    await send('Page.navigate', { url: base + path });
    await loaded;
    const shot = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
    writeFileSync(out, Buffer.from(shot.result.data, 'base64'));
    console.log(`${out} ← ${path}`);
  }
  socket.close();
} finally {
  chromium.kill();
}
