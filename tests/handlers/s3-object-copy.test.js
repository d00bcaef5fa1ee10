// tests/handlers/s3-object-copy.test.js - runs ccdk's Custom::S3ObjectCopy handler
// (src/lambda/s3-object-copy-handler) against a fake AWS SDK v3 S3 module and a local HTTP server
// standing in for the CloudFormation response URL: the copy, the key, the no-copy update, the
// delete of the one version written, and the failures.
// Prints "handlers: N passed, N failed (s3-object-copy)"; exit status 1 on any failure.
'use strict';
const assert = require('assert');
const http = require('http');
const path = require('path');

const handler = require(path.join(__dirname, '..', '..', 'src', 'lambda', 's3-object-copy-handler', 'index.js'));

function fakeSdk(behaviour) {
  const calls = [];
  const mod = {
    S3Client: class {
      async send(command) {
        const name = command.constructor.name;
        calls.push({ name, input: command.input });
        const r = behaviour(name, command.input);
        if (r instanceof Error) throw r;
        return r || {};
      }
    },
  };
  for (const c of ['CopyObjectCommand', 'DeleteObjectCommand']) {
    mod[c] = { [c]: class { constructor(input) { this.input = input; } } }[c];
  }
  return { mod, calls };
}

function awsError(name) {
  const e = new Error(`${name} happened`);
  e.name = name;
  return e;
}

let server, port, responses = [];
function startServer() {
  return new Promise((resolve) => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        responses.push({ method: req.method, url: req.url, body: JSON.parse(body) });
        res.end();
      });
    });
    server.listen(0, '127.0.0.1', () => { port = server.address().port; resolve(); });
  });
}

const props = (extra) => ({
  ServiceToken: 'arn:aws:lambda:...',
  SourceBucketName: 'cdk-assets',
  SourceObjectKey: 'abc.zip',
  DestinationBucketName: 'dest',
  DestinationKeyPrefix: 'web-function/Fn1/',
  ContentHash: 'abc',
  Configuration: { FunctionName: 'fn' },
  ...extra,
});

function event(type, p, extra) {
  return {
    RequestType: type,
    ResponseURL: `http://127.0.0.1:${port}/cfn-response?sig=1`,
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/TestStack/1',
    RequestId: 'req-1',
    LogicalResourceId: 'FnCodeCopy1234',
    ResourceType: 'Custom::S3ObjectCopy',
    ResourceProperties: p,
    ...extra,
  };
}

async function run(behaviour, ev) {
  const fake = fakeSdk(behaviour);
  handler.__deps.sdk = fake.mod;
  responses = [];
  await handler.handler(ev);
  assert.strictEqual(responses.length, 1, 'one response to CloudFormation');
  return { calls: fake.calls, response: responses[0].body };
}
const copied = () => ({ VersionId: 'v1' });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('Create copies the object under the prefix and reports where', async () => {
  const { calls, response } = await run(copied, event('Create', props()));
  const key = handler.__destinationKey(props());
  assert.match(key, /^web-function\/Fn1\/[0-9a-f]{64}\.zip$/);
  assert.deepStrictEqual(calls, [{ name: 'CopyObjectCommand', input: { Bucket: 'dest', Key: key, CopySource: 'cdk-assets/abc.zip' } }]);
  assert.strictEqual(response.Status, 'SUCCESS');
  assert.deepStrictEqual(response.Data, { Bucket: 'dest', Key: key, VersionId: 'v1' });
  assert.strictEqual(response.LogicalResourceId, 'FnCodeCopy1234');
});

test('the key follows the content and the configuration', async () => {
  const a = handler.__destinationKey(props());
  assert.notStrictEqual(a, handler.__destinationKey(props({ ContentHash: 'def' })));
  assert.notStrictEqual(a, handler.__destinationKey(props({ Configuration: { FunctionName: 'other' } })));
  assert.strictEqual(a, handler.__destinationKey(props({ SourceBucketName: 'elsewhere' })));
});

test('Update with the same key copies nothing and keeps the physical id', async () => {
  const first = (await run(copied, event('Create', props()))).response;
  const { calls, response } = await run(copied, event('Update', props({ SourceBucketName: 'moved' }), { PhysicalResourceId: first.PhysicalResourceId }));
  assert.deepStrictEqual(calls, []);
  assert.strictEqual(response.PhysicalResourceId, first.PhysicalResourceId);
  assert.deepStrictEqual(response.Data, first.Data);
});

test('Update with new content copies to a new key (a new physical id)', async () => {
  const first = (await run(copied, event('Create', props()))).response;
  const { calls, response } = await run(() => ({ VersionId: 'v2' }), event('Update', props({ ContentHash: 'new' }), { PhysicalResourceId: first.PhysicalResourceId }));
  assert.strictEqual(calls.length, 1);
  assert.notStrictEqual(response.PhysicalResourceId, first.PhysicalResourceId);
  assert.strictEqual(response.Data.VersionId, 'v2');
});

test('Delete removes the one version written', async () => {
  const first = (await run(copied, event('Create', props()))).response;
  const { calls, response } = await run(() => ({}), event('Delete', props(), { PhysicalResourceId: first.PhysicalResourceId }));
  assert.deepStrictEqual(calls, [{ name: 'DeleteObjectCommand', input: { Bucket: 'dest', Key: first.Data.Key, VersionId: 'v1' } }]);
  assert.strictEqual(response.Status, 'SUCCESS');
  assert.strictEqual(response.PhysicalResourceId, first.PhysicalResourceId);
});

test('Delete of a physical id that is not ours deletes nothing', async () => {
  const { calls, response } = await run(() => ({}), event('Delete', props(), { PhysicalResourceId: 'req-0' }));
  assert.deepStrictEqual(calls, []);
  assert.strictEqual(response.Status, 'SUCCESS');
});

test('Delete tolerates a bucket already gone', async () => {
  const first = (await run(copied, event('Create', props()))).response;
  const { response } = await run(() => awsError('NoSuchBucket'), event('Delete', props(), { PhysicalResourceId: first.PhysicalResourceId }));
  assert.strictEqual(response.Status, 'SUCCESS');
});

test('an unversioned destination fails with a message saying so', async () => {
  const { response } = await run(() => ({}), event('Create', props()));
  assert.strictEqual(response.Status, 'FAILED');
  assert.match(response.Reason, /versioning must be enabled/);
  assert.strictEqual(response.PhysicalResourceId, 'req-1');
});

test('a failed copy is reported as FAILED', async () => {
  const { response } = await run(() => awsError('AccessDenied'), event('Create', props()));
  assert.strictEqual(response.Status, 'FAILED');
  assert.match(response.Reason, /AccessDenied happened/);
});

test('keys are URL-encoded in the copy source', async () => {
  const { calls } = await run(copied, event('Create', props({ SourceObjectKey: 'a b/c+d.zip' })));
  assert.strictEqual(calls[0].input.CopySource, 'cdk-assets/a%20b/c%2Bd.zip');
});

(async () => {
  await startServer();
  let passed = 0, failed = 0;
  const log = console.log;
  for (const t of tests) {
    console.log = () => {};
    try {
      await t.fn();
      console.log = log;
      passed++;
    } catch (e) {
      console.log = log;
      failed++;
      console.log(`FAIL ${t.name}: ${e.stack}`);
    }
  }
  server.close();
  console.log(`handlers: ${passed} passed, ${failed} failed (s3-object-copy)`);
  process.exit(failed ? 1 : 0);
})();
