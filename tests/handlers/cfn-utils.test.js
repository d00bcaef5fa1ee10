// tests/handlers/cfn-utils.test.js - runs ccdk's handler of the CfnUtils custom resources
// (src/core/cfn-utils-handler: Custom::AWSCDKCfnJson, Custom::AWSCDKCfnJsonStringify) on the events
// CloudFormation sends, and through the shared entry point, which reports to the ResponseURL.
// Prints "handlers: N passed, N failed (cfn-utils)"; exit status 1 on any failure.
'use strict';
const assert = require('assert');
const path = require('path');

const src = path.join(__dirname, '..', '..', 'src', 'core');
const utils = require(path.join(src, 'cfn-utils-handler', 'index.js'));
const entry = require(path.join(src, 'cr-entrypoint', '__entrypoint__.js'));

const ev = (RequestType, ResourceType, Value) => ({ RequestType, ResourceType, ResourceProperties: { ServiceToken: 'arn', Value } });

const cases = {
  'CfnJson parses the text on Create and Update'() {
    const text = '{"arn:aws:iam::1:oidc-provider/x:aud":"sts.amazonaws.com","n":[1,{"a":null}]}';
    for (const t of ['Create', 'Update']) {
      assert.deepStrictEqual(utils.handle(ev(t, 'Custom::AWSCDKCfnJson', text)),
        { Data: { Value: { 'arn:aws:iam::1:oidc-provider/x:aud': 'sts.amazonaws.com', n: [1, { a: null }] } } });
    }
  },
  'CfnJsonStringify writes the value as JSON text'() {
    assert.deepStrictEqual(utils.handle(ev('Create', 'Custom::AWSCDKCfnJsonStringify', ['a', 'b"c'])), { Data: { Value: '["a","b\\"c"]' } });
    assert.deepStrictEqual(utils.handle(ev('Update', 'Custom::AWSCDKCfnJsonStringify', 'x')), { Data: { Value: '"x"' } });
  },
  'Delete does nothing'() {
    assert.deepStrictEqual(utils.handle(ev('Delete', 'Custom::AWSCDKCfnJson', 'not json')), {});
  },
  'bad JSON and unknown types fail'() {
    assert.throws(() => utils.handle(ev('Create', 'Custom::AWSCDKCfnJson', '{')), SyntaxError);
    assert.throws(() => utils.handle(ev('Create', 'Custom::Other', '1')), /unexpected resource type: Custom::Other/);
  },
  async 'through the entry point: SUCCESS with the parsed value as Data, FAILED with the reason'() {
    const sent = [];
    const request = (options, cb) => ({
      on() {}, write(body) { sent.push(JSON.parse(body)); }, end() { cb({ resume() {}, on(e, f) { if (e === 'end') f(); } }); },
    });
    const base = { StackId: 's', RequestId: 'r', LogicalResourceId: 'MyCfnJson', ResponseURL: 'https://example.com/x?y' };
    await entry.run({ ...base, ...ev('Create', 'Custom::AWSCDKCfnJson', '{"a":1}') }, {}, utils.handler, request);
    assert.deepStrictEqual(sent[0], { StackId: 's', RequestId: 'r', LogicalResourceId: 'MyCfnJson', Status: 'SUCCESS', PhysicalResourceId: 'r', Data: { Value: { a: 1 } } });
    await entry.run({ ...base, ...ev('Create', 'Custom::AWSCDKCfnJson', '{') }, { logStreamName: 'ls' }, utils.handler, request);
    assert.strictEqual(sent[1].Status, 'FAILED');
    assert.match(sent[1].Reason, /JSON/);
  },
};

(async () => {
  let passed = 0, failed = 0;
  for (const [name, fn] of Object.entries(cases)) {
    try {
      await fn();
      passed++;
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}: ${e.stack}`);
    }
  }
  console.log(`handlers: ${passed} passed, ${failed} failed (cfn-utils)`);
  process.exit(failed ? 1 : 0);
})();
