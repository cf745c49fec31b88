/**
 * Preloaded into a server under test (node --require): every way to start a process, open a
 * socket, make an HTTP request, send a datagram or start a worker is replaced by one that records
 * the attempt in the file named by POLICY_AUTHOR_TRIPWIRE and throws. The test reads the file.
 */
'use strict';
const fs = require('node:fs');
const log = process.env.POLICY_AUTHOR_TRIPWIRE;

function trap(moduleName, object, names) {
  for (const name of names) {
    if (typeof object[name] !== 'function') continue;
    object[name] = function tripped() {
      const line = `${moduleName}.${name}\n${new Error().stack}\n`;
      if (log) fs.appendFileSync(log, line);
      throw new Error(`${moduleName}.${name} is not allowed in the Policy Author server`);
    };
  }
}

trap('child_process', require('node:child_process'), ['spawn', 'spawnSync', 'fork', 'exec', 'execSync', 'execFile', 'execFileSync']);
const net = require('node:net');
trap('net', net, ['connect', 'createConnection', 'createServer']);
trap('net.Socket.prototype', net.Socket.prototype, ['connect']);
trap('http', require('node:http'), ['request', 'get', 'createServer']);
trap('https', require('node:https'), ['request', 'get', 'createServer']);
trap('http2', require('node:http2'), ['connect', 'createServer', 'createSecureServer']);
trap('tls', require('node:tls'), ['connect', 'createServer']);
trap('dgram', require('node:dgram'), ['createSocket']);
trap('dns', require('node:dns'), ['lookup', 'resolve', 'resolve4', 'resolve6']);
trap('globalThis', globalThis, ['fetch', 'WebSocket']);
const workers = require('node:worker_threads');
const RealWorker = workers.Worker;
workers.Worker = function Worker() {
  if (log) fs.appendFileSync(log, `worker_threads.Worker\n${new Error().stack}\n`);
  throw new Error('worker_threads.Worker is not allowed in the Policy Author server');
};
void RealWorker;
