export * from './model/item.js';
export * from './model/outline.js';
export * from './model/framework.js';
export * from './model/document.js';
export * from './errors.js';
export type * from './ports.js';
export { readDocument, type ReadDocumentInput } from './extract/read-document.js';
