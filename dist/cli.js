#!/usr/bin/env node
// The CLI: its bundle and chunks are in cli/ (scripts/build.mjs).
import './cli/index.js';
