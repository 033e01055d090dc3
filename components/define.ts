// The script-tag entry: registers every element (guarded, so loading twice is harmless).
import './dialog-inbox/define.js';
import './dialog-actions/define.js';
export * from './index.js';
