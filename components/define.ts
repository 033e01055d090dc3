// The script-tag entry: registers every element (guarded, so loading twice is harmless); the dialog view, the
// actions and the party picker arrive as chunks (see dialog-inbox/define.ts).
import './dialog-inbox/define.js';
export * from './entry-exports.js';
