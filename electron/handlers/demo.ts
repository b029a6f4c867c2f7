import type { HandlerMap } from '../core/registry';
import { runDemo } from '../demo/run-demo';

export const demoHandlers: HandlerMap = {
  'demo.run': (request, ctx) => runDemo(request, ctx),
};
