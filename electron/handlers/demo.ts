import type { AppFactory } from '../core/app-factory';
import type { HandlerMap } from '../core/registry';
import { runDemo } from '../demo/run-demo';

export function demoHandlers(createApp: AppFactory): HandlerMap {
  return { 'demo.run': (request, ctx) => runDemo(request, ctx, createApp) };
}
