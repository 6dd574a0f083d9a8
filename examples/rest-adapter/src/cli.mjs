// @ts-check
// Starts the example backend with the example data: `npm start -w @saumaton/example-rest-adapter`.
import process from 'node:process';
import { exampleData } from '@saumaton/core/examples';
import { startBackend } from './backend.mjs';

const backend = await startBackend({ port: Number(process.env['PORT'] ?? 8300) });
backend.reset(exampleData);
console.log(`Example REST backend on ${backend.url} (GET /clients/<id>, /clients/<id>/team, /teams/<id>)`);
