// ccdk's handler of Custom::CrossRegionExportWriter (written for ccdk; the same contract as
// aws-cdk-lib's). ResourceProperties.WriterProps = {region, exports: {<parameter name>: <value>}}:
// each export is an SSM String parameter in that region, which a Custom::CrossRegionExportReader of
// the consuming stack reads and tags with "aws-cdk:strong-ref:<consumer>" while it uses it. Create
// writes them (none may exist already); Update writes the new ones, rewrites changed values that
// no reader uses and deletes the ones gone; Delete deletes them. An export a reader still uses is
// never changed nor deleted: the request fails instead.
'use strict';

const IMPORT_TAG = 'aws-cdk:strong-ref:';
const BATCH = 10; // GetParameters and DeleteParameters take at most 10 names

function ssmClient(region) {
  // the AWS SDK v3 that the Lambda Node.js runtime provides
  const { SSM } = require('@aws-sdk/client-ssm');
  return new SSM({ region });
}

function batches(names) {
  const out = [];
  for (let i = 0; i < names.length; i += BATCH) out.push(names.slice(i, i + BATCH));
  return out;
}

// the names among `names` that exist already
async function existing(ssm, names) {
  const found = [];
  for (const batch of batches(names)) {
    const res = await ssm.getParameters({ Names: batch });
    for (const p of (res && res.Parameters) || []) found.push(p.Name);
  }
  return found;
}

// the names among `names` that a reader tagged as in use, with their readers
async function inUse(ssm, names) {
  const used = [];
  for (const name of names) {
    let tags;
    try {
      tags = (await ssm.listTagsForResource({ ResourceType: 'Parameter', ResourceId: name })).TagList || [];
    } catch (err) {
      if (err && (err.name === 'InvalidResourceId' || err.name === 'ParameterNotFound')) continue;
      throw err;
    }
    const readers = tags.filter((t) => t.Key.startsWith(IMPORT_TAG)).map((t) => t.Key.slice(IMPORT_TAG.length));
    if (readers.length) used.push(`${name} (imported by ${readers.join(', ')})`);
  }
  return used;
}

async function create(ssm, exports) {
  const names = Object.keys(exports);
  const there = await existing(ssm, names);
  if (there.length) throw new Error(`Exports cannot be created because these parameters exist already: ${there.join(', ')}`);
  for (const name of names) {
    await ssm.putParameter({ Name: name, Value: exports[name], Type: 'String' });
  }
}

async function remove(ssm, names) {
  if (!names.length) return;
  const used = await inUse(ssm, names);
  if (used.length) throw new Error(`Exports cannot be deleted while they are in use: ${used.join('; ')}`);
  for (const batch of batches(names)) await ssm.deleteParameters({ Names: batch });
}

async function update(ssm, before, after) {
  const added = {};
  const changed = [];
  for (const [name, value] of Object.entries(after)) {
    if (!(name in before)) added[name] = value;
    else if (before[name] !== value) changed.push(name);
  }
  const gone = Object.keys(before).filter((name) => !(name in after));
  const used = await inUse(ssm, changed);
  if (used.length) throw new Error(`Exports cannot be changed while they are in use: ${used.join('; ')}`);
  await create(ssm, added);
  for (const name of changed) {
    await ssm.putParameter({ Name: name, Value: after[name], Type: 'String', Overwrite: true });
  }
  await remove(ssm, gone);
}

async function handle(event, clientFor = ssmClient) {
  const props = (event.ResourceProperties || {}).WriterProps || {};
  const exports = props.exports || {};
  if (event.RequestType === 'Create') {
    await create(clientFor(props.region), exports);
  } else if (event.RequestType === 'Update') {
    const old = (event.OldResourceProperties || {}).WriterProps || {};
    if (old.region !== props.region) {
      // another region: all of them there, then none in the old one
      await create(clientFor(props.region), exports);
      await remove(clientFor(old.region), Object.keys(old.exports || {}));
    } else {
      await update(clientFor(props.region), old.exports || {}, exports);
    }
  } else if (event.RequestType === 'Delete') {
    await remove(clientFor(props.region), Object.keys(exports));
  }
  return {};
}

exports.handler = (event) => handle(event);
exports.handle = handle; // for tests: handle(event, (region) => fakeSsm)
