// ccdk invoke: the Node.js runtime's loop, as Lambda's Node.js runtime runs a handler: it asks the
// Runtime API (AWS_LAMBDA_RUNTIME_API) for the next event, calls `file.export` from
// LAMBDA_TASK_ROOT (CommonJS or ESM; async, promise or callback handlers) with a context object,
// and posts the result or the error back. Written for ccdk (AWS's runtime client is not used).
'use strict';
const http = require('http');
const path = require('path');
const fs = require('fs');
const url = require('url');

const api = process.env.AWS_LAMBDA_RUNTIME_API;
const root = process.env.LAMBDA_TASK_ROOT || process.cwd();
const handlerName = process.env._HANDLER || '';

// the function's runtime (nodejs20.x) against the local node: a warning when the majors differ
const wanted = process.env._CCDK_RUNTIME;
delete process.env._CCDK_RUNTIME;
const wantedMajor = /^nodejs(\d+)/.exec(wanted || '');
if (wantedMajor && Number(wantedMajor[1]) !== Number(process.versions.node.split('.')[0])) {
  console.error(`ccdk: warning: the function's runtime is ${wanted}, the local node is v${process.versions.node}`);
}

function request(method, p, body, headers) {
  return new Promise((resolve, reject) => {
    const [host, port] = api.split(':');
    const data = body === undefined ? undefined : Buffer.from(body);
    const req = http.request({ host, port: Number(port), method, path: p, agent: false,
      headers: Object.assign(data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {}, headers || {}) },
    (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

function errorJson(err) {
  if (err instanceof Error) {
    return {
      errorType: err.name || 'Error',
      errorMessage: err.message,
      trace: String(err.stack || '').split('\n'),
    };
  }
  return { errorType: typeof err === 'string' ? 'string' : 'Error', errorMessage: String(err), trace: [] };
}

async function loadHandler() {
  const dot = handlerName.lastIndexOf('.');
  if (dot < 1) {
    const e = new Error(`Bad handler ${handlerName}`);
    e.name = 'Runtime.MalformedHandlerName';
    throw e;
  }
  const modPath = handlerName.slice(0, dot);
  const exportPath = handlerName.slice(dot + 1);
  const base = path.resolve(root, modPath);
  let mod;
  const candidates = ['.js', '.mjs', '.cjs'].map((ext) => base + ext).filter((f) => fs.existsSync(f));
  if (!candidates.length) {
    const e = new Error(`Cannot find module '${modPath}'`);
    e.name = 'Runtime.ImportModuleError';
    throw e;
  }
  const file = candidates[0];
  try {
    if (file.endsWith('.mjs')) {
      mod = await import(url.pathToFileURL(file).href);
    } else {
      try {
        mod = require(file);
      } catch (err) {
        if (err && err.code === 'ERR_REQUIRE_ESM') mod = await import(url.pathToFileURL(file).href);
        else throw err;
      }
    }
  } catch (err) {
    const e = new Error(`${err && err.name ? err.name : 'Error'}: ${err && err.message ? err.message : err}`);
    e.name = 'Runtime.ImportModuleError';
    e.stack = err && err.stack;
    throw e;
  }
  let fn = mod;
  for (const part of exportPath.split('.')) fn = fn == null ? undefined : fn[part];
  if (typeof fn !== 'function' && mod && mod.default) {
    fn = mod.default;
    for (const part of exportPath.split('.')) fn = fn == null ? undefined : fn[part];
  }
  if (typeof fn !== 'function') {
    const e = new Error(`${modPath}.${exportPath} is undefined or not exported`);
    e.name = 'Runtime.HandlerNotFound';
    throw e;
  }
  return fn;
}

function invokeHandler(fn, event, context) {
  return new Promise((resolve, reject) => {
    let done = false;
    const callback = (err, result) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(result);
    };
    context.done = callback;
    context.succeed = (r) => callback(null, r);
    context.fail = (e) => callback(e);
    try {
      const r = fn(event, context, callback);
      if (r && typeof r.then === 'function') r.then((v) => callback(null, v), (e) => callback(e));
    } catch (err) {
      callback(err);
    }
  });
}

(async () => {
  let fn;
  try {
    fn = await loadHandler();
  } catch (err) {
    console.error(JSON.stringify(errorJson(err)));
    await request('POST', '/2018-06-01/runtime/init/error', JSON.stringify(errorJson(err)),
      { 'Lambda-Runtime-Function-Error-Type': err.name || 'Runtime.Unknown' });
    process.exit(1);
  }
  for (;;) {
    const next = await request('GET', '/2018-06-01/runtime/invocation/next');
    const id = next.headers['lambda-runtime-aws-request-id'];
    const deadline = Number(next.headers['lambda-runtime-deadline-ms']);
    if (next.headers['lambda-runtime-trace-id']) process.env._X_AMZN_TRACE_ID = next.headers['lambda-runtime-trace-id'];
    const context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
      invokedFunctionArn: next.headers['lambda-runtime-invoked-function-arn'],
      memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      awsRequestId: id,
      logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
      logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    };
    let event;
    try {
      event = JSON.parse(next.body);
    } catch (err) {
      event = next.body;
    }
    try {
      const result = await invokeHandler(fn, event, context);
      await request('POST', `/2018-06-01/runtime/invocation/${id}/response`, JSON.stringify(result === undefined ? null : result));
    } catch (err) {
      console.error(JSON.stringify(errorJson(err)));
      await request('POST', `/2018-06-01/runtime/invocation/${id}/error`, JSON.stringify(errorJson(err)),
        { 'Lambda-Runtime-Function-Error-Type': (err && err.name) || 'Error' });
    }
  }
})();
