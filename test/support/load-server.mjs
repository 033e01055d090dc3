// Child process for the load test (test/node/load-demo.test.js): runs the local Dialogporten alone, so its
// memory can be measured apart from the load generator. Messages: {type:'mem'} → memory after GC,
// {type:'reset'} → store reset, {type:'close'}.
import { startDemo } from '../../demo/index.js';

const scale = Number(process.env.LOAD_SCALE || 1000);
const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, scale });
const memory = () => {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
};
process.on('message', async (message) => {
  if (message?.type === 'mem') process.send({ type: 'mem', mem: memory() });
  if (message?.type === 'reset') {
    demo.reset();
    process.send({ type: 'reset' });
  }
  if (message?.type === 'close') {
    await demo.close();
    process.exit(0);
  }
});
process.send({ type: 'ready', apiUrl: demo.apiUrl, mem: memory(), dialogs: demo.store.records.size });
