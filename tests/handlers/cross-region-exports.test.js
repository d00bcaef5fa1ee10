// tests/handlers/cross-region-exports.test.js - runs ccdk's Custom::CrossRegionExportWriter and
// Custom::CrossRegionExportReader handlers (src/core/cross-region-ssm-{writer,reader}-handler) against
// a fake SSM client per region that keeps parameters and their tags in memory, and checks what the
// parameters become and which requests fail.
// Prints "handlers: N passed, N failed (cross-region-exports)"; exit status 1 on any failure.
'use strict';
const assert = require('assert');
const path = require('path');

const src = path.join(__dirname, '..', '..', 'src', 'core');
const writer = require(path.join(src, 'cross-region-ssm-writer-handler', 'index.js'));
const reader = require(path.join(src, 'cross-region-ssm-reader-handler', 'index.js'));

// ------------------------------------------------------------------ the fake SSM
function fakeSsm() {
  const regions = {};
  const calls = [];
  const notFound = (name) => Object.assign(new Error(`no parameter ${name}`), { name: 'InvalidResourceId' });
  function client(region) {
    const params = (regions[region] = regions[region] || new Map());
    const log = (op, input) => calls.push([region, op, JSON.parse(JSON.stringify(input))]);
    return {
      async getParameters(input) {
        log('getParameters', input);
        assert.ok(input.Names.length <= 10, 'at most 10 names');
        return { Parameters: input.Names.filter((n) => params.has(n)).map((n) => ({ Name: n, Value: params.get(n).value })) };
      },
      async putParameter(input) {
        log('putParameter', input);
        if (params.has(input.Name) && !input.Overwrite) {
          throw Object.assign(new Error(`${input.Name} exists`), { name: 'ParameterAlreadyExists' });
        }
        const tags = params.has(input.Name) ? params.get(input.Name).tags : {};
        params.set(input.Name, { value: input.Value, type: input.Type, tags });
        return {};
      },
      async deleteParameters(input) {
        log('deleteParameters', input);
        assert.ok(input.Names.length <= 10, 'at most 10 names');
        for (const n of input.Names) params.delete(n);
        return {};
      },
      async listTagsForResource(input) {
        log('listTagsForResource', input);
        const p = params.get(input.ResourceId);
        if (!p) throw notFound(input.ResourceId);
        return { TagList: Object.entries(p.tags).map(([Key, Value]) => ({ Key, Value })) };
      },
      async addTagsToResource(input) {
        log('addTagsToResource', input);
        const p = params.get(input.ResourceId);
        if (!p) throw notFound(input.ResourceId);
        for (const t of input.Tags) p.tags[t.Key] = t.Value;
        return {};
      },
      async removeTagsFromResource(input) {
        log('removeTagsFromResource', input);
        const p = params.get(input.ResourceId);
        if (!p) throw notFound(input.ResourceId);
        for (const k of input.TagKeys) delete p.tags[k];
        return {};
      },
    };
  }
  const values = (region) => Object.fromEntries([...(regions[region] || new Map())].map(([k, v]) => [k, v.value]));
  const tags = (region, name) => ({ ...((regions[region] || new Map()).get(name) || { tags: {} }).tags });
  return { client, calls, values, tags };
}

const W = (region, exports) => ({ WriterProps: { region, exports } });
const R = (region, prefix, imports) => ({ ReaderProps: { region, prefix, imports } });
const A = '/cdk/exports/Consumer/ProducerA';
const B = '/cdk/exports/Consumer/ProducerB';

const cases = {
  async 'writer Create puts each export as a String parameter of the region'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }) }, ssm.client);
    assert.deepStrictEqual(ssm.values('eu-west-1'), { [A]: 'a', [B]: 'b' });
    const puts = ssm.calls.filter((c) => c[1] === 'putParameter').map((c) => c[2]);
    assert.deepStrictEqual(puts, [{ Name: A, Value: 'a', Type: 'String' }, { Name: B, Value: 'b', Type: 'String' }]);
  },
  async 'writer Create fails when a parameter exists already'() {
    const ssm = fakeSsm();
    await ssm.client('eu-west-1').putParameter({ Name: B, Value: 'old', Type: 'String' });
    await assert.rejects(writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }) }, ssm.client),
      /exist already: \/cdk\/exports\/Consumer\/ProducerB/);
    assert.deepStrictEqual(ssm.values('eu-west-1'), { [B]: 'old' });
  },
  async 'writer looks more than 10 names up in batches of 10'() {
    const ssm = fakeSsm();
    const exports = {};
    for (let i = 0; i < 23; i++) exports[`/cdk/exports/C/P${i}`] = `v${i}`;
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', exports) }, ssm.client);
    assert.strictEqual(ssm.calls.filter((c) => c[1] === 'getParameters').length, 3);
    await writer.handle({ RequestType: 'Delete', ResourceProperties: W('eu-west-1', exports) }, ssm.client);
    assert.strictEqual(ssm.calls.filter((c) => c[1] === 'deleteParameters').length, 3);
    assert.deepStrictEqual(ssm.values('eu-west-1'), {});
  },
  async 'reader Create tags what it imports and returns the values as attributes'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }) }, ssm.client);
    const out = await reader.handle({ RequestType: 'Create', ResourceProperties: R('eu-west-1', 'Consumer', { [A]: 'a' }) }, ssm.client);
    assert.deepStrictEqual(out, { Data: { [A]: 'a' } });
    assert.deepStrictEqual(ssm.tags('eu-west-1', A), { 'aws-cdk:strong-ref:Consumer': 'true' });
    assert.deepStrictEqual(ssm.tags('eu-west-1', B), {});
  },
  async 'writer Update adds, rewrites unused and deletes gone exports'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }) }, ssm.client);
    const C = '/cdk/exports/Consumer/ProducerC';
    await writer.handle({
      RequestType: 'Update', PhysicalResourceId: 'p',
      OldResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }),
      ResourceProperties: W('eu-west-1', { [A]: 'a2', [C]: 'c' }),
    }, ssm.client);
    assert.deepStrictEqual(ssm.values('eu-west-1'), { [A]: 'a2', [C]: 'c' });
  },
  async 'writer Update refuses to change or delete an export in use'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }) }, ssm.client);
    await reader.handle({ RequestType: 'Create', ResourceProperties: R('eu-west-1', 'Consumer', { [A]: 'a', [B]: 'b' }) }, ssm.client);
    const old = W('eu-west-1', { [A]: 'a', [B]: 'b' });
    await assert.rejects(writer.handle({ RequestType: 'Update', OldResourceProperties: old, ResourceProperties: W('eu-west-1', { [A]: 'x', [B]: 'b' }) }, ssm.client),
      /cannot be changed while they are in use: \/cdk\/exports\/Consumer\/ProducerA \(imported by Consumer\)/);
    await assert.rejects(writer.handle({ RequestType: 'Update', OldResourceProperties: old, ResourceProperties: W('eu-west-1', { [A]: 'a' }) }, ssm.client),
      /cannot be deleted while they are in use: \/cdk\/exports\/Consumer\/ProducerB/);
    assert.deepStrictEqual(ssm.values('eu-west-1'), { [A]: 'a', [B]: 'b' });
  },
  async 'reader Update tags new imports and untags dropped ones; then the writer may delete them'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }) }, ssm.client);
    await reader.handle({ RequestType: 'Create', ResourceProperties: R('eu-west-1', 'Consumer', { [A]: 'a' }) }, ssm.client);
    const out = await reader.handle({
      RequestType: 'Update', PhysicalResourceId: 'p',
      OldResourceProperties: R('eu-west-1', 'Consumer', { [A]: 'a' }),
      ResourceProperties: R('eu-west-1', 'Consumer', { [B]: 'b' }),
    }, ssm.client);
    assert.deepStrictEqual(out, { Data: { [B]: 'b' } });
    assert.deepStrictEqual(ssm.tags('eu-west-1', A), {});
    assert.deepStrictEqual(ssm.tags('eu-west-1', B), { 'aws-cdk:strong-ref:Consumer': 'true' });
    await writer.handle({ RequestType: 'Update', OldResourceProperties: W('eu-west-1', { [A]: 'a', [B]: 'b' }), ResourceProperties: W('eu-west-1', { [B]: 'b' }) }, ssm.client);
    assert.deepStrictEqual(ssm.values('eu-west-1'), { [B]: 'b' });
  },
  async 'reader Delete untags (a parameter already gone is fine); writer Delete then deletes all'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a' }) }, ssm.client);
    const imports = { [A]: 'a', '/cdk/exports/Consumer/Gone': 'g' };
    await reader.handle({ RequestType: 'Create', ResourceProperties: R('eu-west-1', 'Consumer', { [A]: 'a' }) }, ssm.client);
    await assert.rejects(writer.handle({ RequestType: 'Delete', ResourceProperties: W('eu-west-1', { [A]: 'a' }) }, ssm.client), /in use/);
    await reader.handle({ RequestType: 'Delete', ResourceProperties: R('eu-west-1', 'Consumer', imports) }, ssm.client);
    await writer.handle({ RequestType: 'Delete', ResourceProperties: W('eu-west-1', { [A]: 'a' }) }, ssm.client);
    assert.deepStrictEqual(ssm.values('eu-west-1'), {});
  },
  async 'writer Update to another region writes there and deletes in the old one'() {
    const ssm = fakeSsm();
    await writer.handle({ RequestType: 'Create', ResourceProperties: W('eu-west-1', { [A]: 'a' }) }, ssm.client);
    await writer.handle({ RequestType: 'Update', OldResourceProperties: W('eu-west-1', { [A]: 'a' }), ResourceProperties: W('ap-southeast-2', { [A]: 'a' }) }, ssm.client);
    assert.deepStrictEqual(ssm.values('eu-west-1'), {});
    assert.deepStrictEqual(ssm.values('ap-southeast-2'), { [A]: 'a' });
  },
  async 'other SSM errors fail the request'() {
    const ssm = fakeSsm();
    const failing = (region) => ({ ...ssm.client(region), async addTagsToResource() { throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' }); } });
    await assert.rejects(reader.handle({ RequestType: 'Create', ResourceProperties: R('eu-west-1', 'Consumer', { [A]: 'a' }) }, failing), /denied/);
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
  console.log(`handlers: ${passed} passed, ${failed} failed (cross-region-exports)`);
  process.exit(failed ? 1 : 0);
})();
