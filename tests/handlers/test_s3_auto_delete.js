#!/usr/bin/env node
// Runs the Custom::S3AutoDeleteObjects handler (src/s3/auto-delete-handler/index.js) against a fake
// @aws-sdk/client-s3 (fake/node_modules) and a fake CloudFormation response endpoint: Create,
// Update, Delete of a tagged bucket (versions, delete markers, several pages), an untagged bucket
// kept, a missing bucket, failures answered FAILED, response retries. Prints
// "handlers: N passed, N failed"; exits 1 on any failure.
'use strict';
const path = require('path');
const assert = require('assert');
const Module = require('module');

const FAKE_MODULES = path.join(__dirname, 'fake', 'node_modules');
process.env.NODE_PATH = [FAKE_MODULES, process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
Module._initPaths();
const SOURCE = process.env.S3_AUTO_DELETE_HANDLER
  || path.join(__dirname, '..', '..', 'src', 's3', 'auto-delete-handler', 'index.js');
const { FAKE } = require('@aws-sdk/client-s3');
const h = require(SOURCE);

const sent = [];
let failSends = 0;
h.io.log = () => {};
h.io.sleep = async () => {};
h.io.send = async (options, body) => {
  if (failSends > 0) { failSends--; throw new Error('connection reset'); }
  sent.push({ options, body: JSON.parse(body) });
};

function event(type, bucket, extra = {}) {
  return {
    RequestType: type,
    ResponseURL: 'https://cloudformation-custom-resource-response.example/path/x?sig=1',
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/S/1',
    RequestId: 'req-1',
    LogicalResourceId: 'BAutoDeleteObjectsCustomResource6224D839',
    ResourceType: 'Custom::S3AutoDeleteObjects',
    ResourceProperties: { ServiceToken: 'arn:fn', BucketName: bucket },
    ...extra,
  };
}

function tagged(versions, extra = {}) {
  return { tags: [{ Key: 'aws-cdk:auto-delete-objects', Value: 'true' }], policy: undefined, versions, ...extra };
}

function many(n, prefix) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ Key: `${prefix}${i}`, VersionId: `v${i}`, marker: i % 7 === 3 });
  return out;
}

const tests = {
  async create_does_nothing() {
    FAKE.buckets.b = tagged(many(3, 'k'));
    await h.handler(event('Create', 'b'));
    assert.strictEqual(FAKE.buckets.b.versions.length, 3);
    assert.strictEqual(sent.length, 1);
    assert.strictEqual(sent[0].body.Status, 'SUCCESS');
    assert.strictEqual(sent[0].body.PhysicalResourceId, 'req-1');
    assert.strictEqual(sent[0].options.method, 'PUT');
    assert.strictEqual(sent[0].options.hostname, 'cloudformation-custom-resource-response.example');
    assert.strictEqual(sent[0].options.path, '/path/x?sig=1');
  },
  async update_takes_the_new_name() {
    FAKE.buckets.b = tagged(many(2, 'k'));
    await h.handler(event('Update', 'b2', { PhysicalResourceId: 'b', OldResourceProperties: { BucketName: 'b' } }));
    assert.strictEqual(sent[0].body.Status, 'SUCCESS');
    assert.strictEqual(sent[0].body.PhysicalResourceId, 'b2');
    assert.strictEqual(FAKE.buckets.b.versions.length, 2, 'Update deletes nothing');
  },
  async delete_empties_a_tagged_bucket_page_by_page() {
    FAKE.buckets.b = tagged(many(25, 'k'), { pageSize: 10, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'x' }] }) });
    FAKE.buckets.other = tagged(many(4, 'o'));
    await h.handler(event('Delete', 'b', { PhysicalResourceId: 'b' }));
    assert.strictEqual(sent[0].body.Status, 'SUCCESS', sent[0].body.Reason);
    assert.strictEqual(sent[0].body.PhysicalResourceId, 'b');
    assert.deepStrictEqual(FAKE.buckets.b.versions, []);
    assert.strictEqual(FAKE.buckets.other.versions.length, 4, 'another bucket is left alone');
    assert.ok(FAKE.calls.filter((c) => c[0] === 'deleteObjects').length >= 3, 'several pages');
    const policy = JSON.parse(FAKE.buckets.b.policy);
    assert.strictEqual(policy.Statement.length, 2, 'the deny statement is added to the existing policy');
    assert.deepStrictEqual(policy.Statement[1], { Principal: '*', Effect: 'Deny', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::b/*'] });
    const first = FAKE.calls.findIndex((c) => c[0] === 'putBucketPolicy');
    const del = FAKE.calls.findIndex((c) => c[0] === 'deleteObjects');
    assert.ok(first >= 0 && first < del, 'uploads are denied before the bucket is emptied');
  },
  async delete_keeps_an_untagged_bucket() {
    FAKE.buckets.b = { tags: [{ Key: 'aws-cdk:auto-delete-objects', Value: 'false' }], versions: many(3, 'k') };
    await h.handler(event('Delete', 'b', { PhysicalResourceId: 'b' }));
    assert.strictEqual(sent[0].body.Status, 'SUCCESS');
    assert.strictEqual(FAKE.buckets.b.versions.length, 3);
    assert.ok(!FAKE.calls.some((c) => c[0] === 'putBucketPolicy'));
  },
  async delete_of_a_missing_bucket_succeeds() {
    await h.handler(event('Delete', 'gone', { PhysicalResourceId: 'gone' }));
    assert.strictEqual(sent[0].body.Status, 'SUCCESS', sent[0].body.Reason);
  },
  async delete_goes_on_when_the_policy_cannot_be_set() {
    FAKE.buckets.b = tagged(many(3, 'k'));
    FAKE.failPutPolicy = true;
    await h.handler(event('Delete', 'b', { PhysicalResourceId: 'b' }));
    assert.strictEqual(sent[0].body.Status, 'SUCCESS');
    assert.deepStrictEqual(FAKE.buckets.b.versions, []);
  },
  async delete_without_bucket_name_fails() {
    const e = event('Delete', undefined, { PhysicalResourceId: 'p' });
    await h.handler(e);
    assert.strictEqual(sent[0].body.Status, 'FAILED');
    assert.match(sent[0].body.Reason, /No BucketName/);
    assert.strictEqual(sent[0].body.PhysicalResourceId, 'p');
  },
  async delete_after_failed_create_is_ignored() {
    FAKE.buckets.b = tagged(many(3, 'k'));
    await h.handler(event('Delete', 'b', { PhysicalResourceId: 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED' }));
    assert.strictEqual(sent[0].body.Status, 'SUCCESS');
    assert.strictEqual(FAKE.buckets.b.versions.length, 3);
  },
  async failed_create_gets_the_marker_id() {
    const e = event('Create', 'b');
    e.RequestType = 'Bogus';
    await h.handler(e);
    assert.strictEqual(sent[0].body.Status, 'FAILED');
    assert.strictEqual(sent[0].body.PhysicalResourceId, 'AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID');
  },
  async response_is_retried() {
    failSends = 2;
    await h.handler(event('Create', 'b'));
    assert.strictEqual(sent.length, 1);
    assert.strictEqual(sent[0].body.Status, 'SUCCESS');
  },
};

(async () => {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of Object.entries(tests)) {
    FAKE.buckets = {};
    FAKE.calls = [];
    FAKE.failPutPolicy = false;
    sent.length = 0;
    failSends = 0;
    try {
      await fn();
      passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n${e.stack}`);
    }
  }
  console.log(`handlers: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
