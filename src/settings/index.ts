export * from './schema';
export * from './bindings';
export * from './keys';
export * from './parse';
export * from './store';
export { linkSettings, settingsOf } from './link';
