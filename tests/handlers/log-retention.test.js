// tests/handlers/log-retention.test.js - runs ccdk's LogRetention handler (src/logs/log-retention-handler)
// against a fake AWS SDK v3 CloudWatch Logs module and a local HTTP server standing in for the
// CloudFormation response URL. Each test checks the calls made and the response sent; the throttling
// tests make calls fail with "Rate exceeded" / ThrottlingException and check the retries and backoff.
// Prints "handlers: N passed, N failed (log-retention)"; exit status 1 on any failure.
'use strict';
const assert = require('assert');
const http = require('http');
const path = require('path');

const handler = require(path.join(__dirname, '..', '..', 'src', 'logs', 'log-retention-handler', 'index.js'));

// ------------------------------------------------------------------ the fake SDK
function fakeSdk(behaviour) {
  const calls = [];
  const clients = [];
  const mod = {
    CloudWatchLogsClient: class {
      constructor(config) { this.config = config; clients.push(config); }
      async send(command) {
        const name = command.constructor.name;
        calls.push({ name, input: command.input, region: this.config.region });
        const r = behaviour(name, command.input, calls);
        if (r instanceof Error) throw r;
        return r || {};
      }
    },
  };
  for (const c of ['CreateLogGroupCommand', 'PutRetentionPolicyCommand', 'DeleteRetentionPolicyCommand', 'DeleteLogGroupCommand']) {
    mod[c] = { [c]: class { constructor(input) { this.input = input; } } }[c];
  }
  return { mod, calls, clients };
}

function awsError(name, message) {
  const e = new Error(message || name);
  e.name = name;
  return e;
}

// ------------------------------------------------------------------ the response URL
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

function event(type, props, extra) {
  return {
    RequestType: type,
    ResponseURL: `http://127.0.0.1:${port}/cfn-response?sig=1`,
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/TestStack/1',
    RequestId: 'req-1',
    LogicalResourceId: 'MyFunctionLogRetention6A8272A3',
    ResourceType: 'Custom::LogRetention',
    ResourceProperties: { ServiceToken: 'arn:aws:lambda:...', ...props },
    ...extra,
  };
}

const context = { functionName: 'TestStack-LogRetentionaae0aa3c5b4d4f87-ABC' };
let waits;
async function run(behaviour, ev) {
  const fake = fakeSdk(behaviour);
  handler.__deps.sdk = fake.mod;
  waits = [];
  handler.__deps.sleep = async (ms) => { waits.push(ms); };
  handler.__deps.random = () => 0.5;
  responses = [];
  await handler.handler(ev, context);
  assert.strictEqual(responses.length, 1, 'one response to CloudFormation');
  return { calls: fake.calls, clients: fake.clients, response: responses[0] };
}
const ok = () => ({});
const names = (calls) => calls.map((c) => `${c.name} ${c.input.logGroupName}${c.input.retentionInDays !== undefined ? ' ' + c.input.retentionInDays : ''}`);

// ------------------------------------------------------------------ tests
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('Create: creates the group, puts the retention, and sets its own group to one day', async () => {
  const { calls, response, clients } = await run(ok, event('Create', { LogGroupName: '/aws/lambda/fn', RetentionInDays: '7' }));
  assert.deepStrictEqual(names(calls), [
    'CreateLogGroupCommand /aws/lambda/fn',
    'PutRetentionPolicyCommand /aws/lambda/fn 7',
    `CreateLogGroupCommand /aws/lambda/${context.functionName}`,
    `PutRetentionPolicyCommand /aws/lambda/${context.functionName} 1`,
  ]);
  assert.strictEqual(typeof calls[1].input.retentionInDays, 'number');
  assert.ok(clients.every((c) => c.maxAttempts === 1), 'the SDK does not retry on its own');
  assert.strictEqual(response.method, 'PUT');
  assert.strictEqual(response.url, '/cfn-response?sig=1');
  assert.deepStrictEqual(response.body, {
    Status: 'SUCCESS', Reason: 'OK', PhysicalResourceId: '/aws/lambda/fn',
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/TestStack/1', RequestId: 'req-1',
    LogicalResourceId: 'MyFunctionLogRetention6A8272A3', Data: { LogGroupName: '/aws/lambda/fn' },
  });
});

test('Create of a group that exists: ResourceAlreadyExistsException is fine', async () => {
  const { calls, response } = await run((name) => (name === 'CreateLogGroupCommand' ? awsError('ResourceAlreadyExistsException') : {}),
    event('Create', { LogGroupName: 'g', RetentionInDays: '30' }));
  assert.strictEqual(response.body.Status, 'SUCCESS');
  assert.deepStrictEqual(names(calls).slice(0, 2), ['CreateLogGroupCommand g', 'PutRetentionPolicyCommand g 30']);
});

test('no RetentionInDays (INFINITE): the retention policy is deleted', async () => {
  const { calls, response } = await run(ok, event('Update', { LogGroupName: 'g' }, { PhysicalResourceId: 'g' }));
  assert.deepStrictEqual(names(calls), ['CreateLogGroupCommand g', 'DeleteRetentionPolicyCommand g']);
  assert.strictEqual(response.body.Status, 'SUCCESS');
});

test('Update: no change to its own log group', async () => {
  const { calls } = await run(ok, event('Update', { LogGroupName: 'g', RetentionInDays: '14' }, { PhysicalResourceId: 'g' }));
  assert.deepStrictEqual(names(calls), ['CreateLogGroupCommand g', 'PutRetentionPolicyCommand g 14']);
});

test('LogGroupRegion: the client of that region', async () => {
  const { calls } = await run(ok, event('Update', { LogGroupName: 'g', RetentionInDays: '1', LogGroupRegion: 'eu-west-3' }));
  assert.ok(calls.every((c) => c.region === 'eu-west-3'));
});

test('Delete with RemovalPolicy destroy deletes the group (a missing one is fine)', async () => {
  const { calls, response } = await run((name) => (name === 'DeleteLogGroupCommand' ? awsError('ResourceNotFoundException') : {}),
    event('Delete', { LogGroupName: 'g', RetentionInDays: '1', RemovalPolicy: 'destroy' }, { PhysicalResourceId: 'g' }));
  assert.deepStrictEqual(names(calls), ['DeleteLogGroupCommand g']);
  assert.strictEqual(response.body.Status, 'SUCCESS');
  assert.strictEqual(response.body.PhysicalResourceId, 'g');
});

test('Delete without RemovalPolicy destroy leaves the group', async () => {
  const { calls, response } = await run(ok, event('Delete', { LogGroupName: 'g', RetentionInDays: '1', RemovalPolicy: 'retain' }));
  assert.deepStrictEqual(calls, []);
  assert.strictEqual(response.body.Status, 'SUCCESS');
});

test('throttled calls ("Rate exceeded") are retried with exponential backoff', async () => {
  let puts = 0;
  const { calls, response } = await run((name) => {
    if (name === 'PutRetentionPolicyCommand' && ++puts <= 3) return awsError('ThrottlingException', 'Rate exceeded');
    return {};
  }, event('Update', { LogGroupName: 'g', RetentionInDays: '7' }));
  assert.strictEqual(response.body.Status, 'SUCCESS');
  assert.deepStrictEqual(names(calls), ['CreateLogGroupCommand g', ...Array(4).fill('PutRetentionPolicyCommand g 7')]);
  assert.deepStrictEqual(waits, [750, 1500, 3000], 'base 1 s doubling, with the jitter at 0.5');
});

test('a throttle shown only by its message or HTTP 429 is retried too', async () => {
  let n = 0;
  const { response } = await run((name) => {
    if (name !== 'CreateLogGroupCommand') return {};
    n++;
    if (n === 1) return new Error('Rate exceeded');
    if (n === 2) { const e = awsError('SomethingElse'); e.$metadata = { httpStatusCode: 429 }; return e; }
    return {};
  }, event('Update', { LogGroupName: 'g', RetentionInDays: '7' }));
  assert.strictEqual(response.body.Status, 'SUCCESS');
  assert.strictEqual(waits.length, 2);
});

test('SdkRetry.maxRetries bounds the retries; then the resource fails', async () => {
  const { calls, response } = await run((name) => (name === 'CreateLogGroupCommand' ? awsError('ThrottlingException', 'Rate exceeded') : {}),
    event('Create', { LogGroupName: 'g', RetentionInDays: '7', SdkRetry: { maxRetries: '2' } }));
  assert.strictEqual(calls.length, 3, 'the first try and two retries');
  assert.deepStrictEqual(waits, [750, 1500]);
  assert.strictEqual(response.body.Status, 'FAILED');
  assert.strictEqual(response.body.Reason, 'Rate exceeded');
  assert.strictEqual(response.body.PhysicalResourceId, 'g');
});

test('default: ten retries, the wait capped at 60 s', async () => {
  const { calls } = await run(() => awsError('ThrottlingException', 'Rate exceeded'),
    event('Update', { LogGroupName: 'g', RetentionInDays: '7' }));
  assert.strictEqual(calls.length, 11);
  assert.ok(waits.every((w) => w <= 60000) && waits[waits.length - 1] >= 30000, String(waits));
  assert.ok(waits.reduce((a, b) => a + b, 0) < 600000, 'within the function timeout');
});

test('OperationAbortedException (a concurrent change of the group) is retried', async () => {
  let n = 0;
  const { response } = await run((name) => (name === 'CreateLogGroupCommand' && ++n === 1
    ? awsError('OperationAbortedException', 'A conflicting operation is currently in progress') : {}),
  event('Update', { LogGroupName: 'g', RetentionInDays: '7' }));
  assert.strictEqual(response.body.Status, 'SUCCESS');
  assert.deepStrictEqual(waits, [750]);
});

test('other errors are not retried: the resource fails with the message', async () => {
  const { calls, response } = await run((name) => (name === 'PutRetentionPolicyCommand' ? awsError('InvalidParameterException', 'bad retention') : {}),
    event('Create', { LogGroupName: 'g', RetentionInDays: '7' }));
  assert.deepStrictEqual(names(calls), ['CreateLogGroupCommand g', 'PutRetentionPolicyCommand g 7']);
  assert.deepStrictEqual(waits, []);
  assert.strictEqual(response.body.Status, 'FAILED');
  assert.strictEqual(response.body.Reason, 'bad retention');
});

test('failing to set its own group retention does not fail the resource', async () => {
  const { response } = await run((name, input) => (input.logGroupName.startsWith('/aws/lambda/TestStack') ? awsError('AccessDeniedException') : {}),
    event('Create', { LogGroupName: 'g', RetentionInDays: '7' }));
  assert.strictEqual(response.body.Status, 'SUCCESS');
});

test('a bad RetentionInDays fails the resource, without calls', async () => {
  const { calls, response } = await run(ok, event('Create', { LogGroupName: 'g', RetentionInDays: 'seven' }));
  assert.deepStrictEqual(names(calls), ['CreateLogGroupCommand g']);
  assert.strictEqual(response.body.Status, 'FAILED');
});

(async () => {
  await startServer();
  const realLog = console.log;
  let passed = 0, failed = 0;
  for (const t of tests) {
    const out = [];
    console.log = (...a) => out.push(a.join(' '));
    try {
      await t.fn();
      console.log = realLog;
      passed++;
    } catch (e) {
      console.log = realLog;
      failed++;
      console.log(`FAIL ${t.name}\n  ${e.stack}\n  handler output:\n    ${out.join('\n    ')}`);
    }
  }
  server.close();
  console.log(`handlers: ${passed} passed, ${failed} failed (log-retention)`);
  process.exit(failed ? 1 : 0);
})();
