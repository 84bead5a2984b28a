// Worker entry when running from TypeScript source (server under tsx, tests): a worker
// thread does not inherit the parent's loader, so tsx is registered here before the task
// module is imported. The bundled CLI ships a compiled read-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
const task = await import('./read-worker.ts');
export default task.default;
