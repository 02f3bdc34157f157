// The action: its bundle and chunks are in action/ (scripts/build.mjs).
import './action/index.js';
