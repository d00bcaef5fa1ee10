// tests/handlers/run.js - ccdk's own custom resource handlers, run with fake AWS clients (node 20,
// no dependencies): each case feeds a CloudFormation event and checks the calls and the response.
// Prints "handlers: N passed, N failed"; exit status 1 when any failed.
'use strict';
const path = require('path');
const assert = require('assert');

const root = path.join(__dirname, '..', '..');
const sg = require(path.join(root, 'src/ec2/restrict-default-sg-handler/index.js'));
const entry = require(path.join(root, 'src/core/cr-entrypoint/__entrypoint__.js')); // every provider handler's entry point

function fakeEc2(failures = {}) {
  const calls = [];
  const op = (name) => async (input) => {
    calls.push([name, JSON.parse(JSON.stringify(input))]);
    if (failures[name]) {
      const e = new Error(`${name} failed`);
      e.name = failures[name];
      throw e;
    }
    return {};
  };
  return {
    calls,
    revokeSecurityGroupEgress: op('revokeEgress'),
    revokeSecurityGroupIngress: op('revokeIngress'),
    authorizeSecurityGroupIngress: op('authorizeIngress'),
    authorizeSecurityGroupEgress: op('authorizeEgress'),
  };
}

const props = (id) => ({ DefaultSecurityGroupId: id, Account: '123456789012' });
const ingress = (id) => ({ GroupId: id, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: id, UserId: '123456789012' }] }] });
const egress = (id) => ({ GroupId: id, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] });

const cases = {
  async 'Create revokes egress, then ingress'() {
    const ec2 = fakeEc2();
    await sg.handle({ RequestType: 'Create', ResourceProperties: props('sg-1') }, ec2);
    assert.deepStrictEqual(ec2.calls, [['revokeEgress', egress('sg-1')], ['revokeIngress', ingress('sg-1')]]);
  },
  async 'Create tolerates rules already gone'() {
    const ec2 = fakeEc2({ revokeEgress: 'InvalidPermission.NotFound', revokeIngress: 'InvalidPermission.NotFound' });
    await sg.handle({ RequestType: 'Create', ResourceProperties: props('sg-1') }, ec2);
    assert.strictEqual(ec2.calls.length, 2);
  },
  async 'Create fails on other errors'() {
    const ec2 = fakeEc2({ revokeEgress: 'UnauthorizedOperation' });
    await assert.rejects(sg.handle({ RequestType: 'Create', ResourceProperties: props('sg-1') }, ec2), /revokeEgress failed/);
  },
  async 'Delete authorizes ingress, then egress'() {
    const ec2 = fakeEc2();
    await sg.handle({ RequestType: 'Delete', ResourceProperties: props('sg-1') }, ec2);
    assert.deepStrictEqual(ec2.calls, [['authorizeIngress', ingress('sg-1')], ['authorizeEgress', egress('sg-1')]]);
  },
  async 'Update with the same group does nothing'() {
    const ec2 = fakeEc2();
    await sg.handle({ RequestType: 'Update', ResourceProperties: props('sg-1'), OldResourceProperties: props('sg-1') }, ec2);
    assert.deepStrictEqual(ec2.calls, []);
  },
  async 'Update to another group restores the old one and restricts the new one'() {
    const ec2 = fakeEc2();
    await sg.handle({ RequestType: 'Update', ResourceProperties: props('sg-2'), OldResourceProperties: props('sg-1') }, ec2);
    assert.deepStrictEqual(ec2.calls.map((c) => [c[0], c[1].GroupId]),
      [['authorizeIngress', 'sg-1'], ['authorizeEgress', 'sg-1'], ['revokeEgress', 'sg-2'], ['revokeIngress', 'sg-2']]);
  },
  async 'entry point reports SUCCESS with the request id as physical id on Create'() {
    const sent = [];
    const request = fakeRequest(sent);
    const event = { RequestType: 'Create', ResponseURL: 'https://bucket.example/path?sig=1', StackId: 's', RequestId: 'r1', LogicalResourceId: 'L', ResourceProperties: props('sg-1') };
    await entry.run(event, { logStreamName: 'ls' }, async () => ({}), request);
    assert.strictEqual(sent.length, 1);
    assert.strictEqual(sent[0].options.method, 'PUT');
    assert.strictEqual(sent[0].options.hostname, 'bucket.example');
    assert.strictEqual(sent[0].options.path, '/path?sig=1');
    const body = JSON.parse(sent[0].body);
    assert.deepStrictEqual([body.Status, body.PhysicalResourceId, body.StackId, body.RequestId, body.LogicalResourceId], ['SUCCESS', 'r1', 's', 'r1', 'L']);
  },
  async 'entry point reports FAILED with the reason, and the Delete of a failed Create succeeds without the handler'() {
    const sent = [];
    const request = fakeRequest(sent);
    const base = { ResponseURL: 'https://h/p', StackId: 's', RequestId: 'r1', LogicalResourceId: 'L', ResourceProperties: props('sg-1') };
    await entry.run({ ...base, RequestType: 'Create' }, { logStreamName: 'ls' }, async () => { throw new Error('boom'); }, request);
    const failed = JSON.parse(sent[0].body);
    assert.strictEqual(failed.Status, 'FAILED');
    assert.match(failed.Reason, /boom/);
    let called = false;
    await entry.run({ ...base, RequestType: 'Delete', PhysicalResourceId: failed.PhysicalResourceId }, {}, async () => { called = true; }, request);
    assert.strictEqual(called, false);
    assert.strictEqual(JSON.parse(sent[1].body).Status, 'SUCCESS');
  },
  async 'entry point keeps the physical id on Update and Delete'() {
    const sent = [];
    const request = fakeRequest(sent);
    const base = { ResponseURL: 'https://h/p', StackId: 's', RequestId: 'r2', LogicalResourceId: 'L', PhysicalResourceId: 'r1', ResourceProperties: props('sg-1') };
    await entry.run({ ...base, RequestType: 'Update' }, {}, async () => ({}), request);
    await entry.run({ ...base, RequestType: 'Delete' }, {}, async () => ({}), request);
    assert.deepStrictEqual(sent.map((s) => JSON.parse(s.body).PhysicalResourceId), ['r1', 'r1']);
  },
};

function fakeRequest(sent) {
  return (options, onResponse) => {
    const handlers = {};
    let body = '';
    return {
      on(ev, fn) { handlers[ev] = fn; },
      write(s) { body += s; },
      end() {
        sent.push({ options, body });
        const res = { resume() {}, on(ev, fn) { if (ev === 'end') setImmediate(fn); } };
        onResponse(res);
      },
    };
  };
}

(async () => {
  let passed = 0, failed = 0;
  for (const [name, fn] of Object.entries(cases)) {
    try {
      await fn();
      passed++;
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}: ${e.message}`);
    }
  }
  console.log(`handlers: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
