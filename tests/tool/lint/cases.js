#!/usr/bin/env node
// `ccdk lint`, a test per rule: the base assembly (tests/tool/lint/app.c, synthesized by ccdk) is
// copied and its template (or assets, or manifest) edited just under and just over each limit;
// the rule must be absent under and present over. For the rules aws-cdk-lib's validator also has,
// the over case's findings must be the validator's own, live (rule id, severity, message, logical
// id): tests/tool/lint/cfn-validate.js runs aws-cdk-lib 2.276.0's CloudFormationValidatePlugin.
// usage: node cases.js <ccdk binary> <base assembly> <work dir>
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [ccdk, base, work] = process.argv.slice(2);
const STACK = 'LintStack';
let pass = 0;
let fail = 0;
const ok = (name) => { console.log(`ok: lint ${name}`); pass++; };
const ko = (name, why) => { console.log(`FAIL lint ${name}: ${why}`); fail++; };

const tplName = `${STACK}.template.json`;
const readTpl = (dir) => JSON.parse(fs.readFileSync(path.join(dir, tplName), 'utf8'));
const baseTpl = readTpl(base);
const ids = (type) => Object.keys(baseTpl.Resources).filter((k) => baseTpl.Resources[k].Type === type);
const FN = ids('AWS::Lambda::Function')[0];
const URL = ids('AWS::Lambda::Url')[0];
const LAYER = ids('AWS::Lambda::LayerVersion')[0];
const assets = JSON.parse(fs.readFileSync(path.join(base, `${STACK}.assets.json`), 'utf8'));
const assetDir = (dir, key) => {
  for (const f of Object.values(assets.files)) {
    if (Object.values(f.destinations).some((d) => d.objectKey === key)) return path.join(dir, f.source.path);
  }
  throw new Error(`no asset ${key}`);
};

let n = 0;
// a copy of the base assembly, edited; the template written with `size` bytes when given
function variant(edit, { size, manifest } = {}) {
  const dir = path.join(work, `v${n++}`);
  fs.cpSync(base, dir, { recursive: true });
  const t = readTpl(dir);
  edit(t, dir);
  let text = JSON.stringify(t, null, 1);
  if (size !== undefined) {
    t.Metadata = { Pad: '' };
    text = JSON.stringify(t, null, 1);
    t.Metadata.Pad = 'x'.repeat(size - Buffer.byteLength(text));
    text = JSON.stringify(t, null, 1);
    if (Buffer.byteLength(text) !== size) throw new Error(`padding: ${Buffer.byteLength(text)} != ${size}`);
  }
  fs.writeFileSync(path.join(dir, tplName), text);
  if (manifest) {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    manifest(m);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 1));
  }
  return dir;
}

function lint(dir, args = []) {
  const r = spawnSync(ccdk, ['lint', dir, '--json', ...args], { encoding: 'utf8' });
  let j = null;
  try { j = JSON.parse(r.stdout); } catch { /* reported below */ }
  return { rc: r.status, j, stderr: r.stderr };
}

// the validator runs once, over every template (loading it takes seconds): the checks that need it
// are queued and run at the end
const pending = [];
function validateAll() {
  if (!pending.length) return;
  const tpls = [...new Set(pending.flatMap((p) => p.dirs))].map((d) => path.join(d, tplName));
  const r = spawnSync('node', [path.join(__dirname, 'cfn-validate.js'), ...tpls], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`cfn-validate: ${r.stderr}`);
  const byDir = new Map();
  for (const v of r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))) {
    const d = path.dirname(path.resolve(v.template));
    if (!byDir.has(d)) byDir.set(d, []);
    byDir.get(d).push(v);
  }
  for (const p of pending) p.check((dir) => byDir.get(path.resolve(dir)) || []);
}

const key = (f) => `${f.rule} ${f.severity} ${f.logicalId || '-'} ${f.description || f.message}`;

// name, rule, edit under, edit over, options
function rule(name, id, under, over, opts = {}) {
  const underDir = variant(under, opts.under || {});
  const u = lint(underDir, opts.args);
  const overDir = variant(over, opts.over || {});
  const o = lint(overDir, opts.args);
  if (!u.j || !o.j) return ko(name, `no JSON (${u.stderr || o.stderr})`);
  const has = (r) => r.j.findings.filter((f) => f.rule === id);
  if (has(u).length) return ko(name, `just under the limit: ${JSON.stringify(has(u))}`);
  if (!has(o).length) return ko(name, `just over the limit: no ${id} (${JSON.stringify(o.j.findings)})`);
  for (const [r, what] of [[u, 'under'], [o, 'over']]) {
    if (r.rc !== (r.j.errors ? 1 : 0)) return ko(name, `exit status ${r.rc} ${what} the limit with ${r.j.errors} errors`);
  }
  if (has(o).some((f) => !f.constructPath.startsWith(STACK))) return ko(name, `no construct path: ${JSON.stringify(has(o))}`);
  if (opts.path && !has(o).some((f) => f.constructPath === opts.path)) return ko(name, `construct path is not ${opts.path}: ${JSON.stringify(has(o))}`);
  if (id.startsWith('CL')) return ok(`${name} (${id})`);
  // the validator's own findings of this rule (downgrades aside: the plugin's severity)
  pending.push({ dirs: [underDir, overDir], check: (found) => {
    const theirs = found(overDir).filter((v) => v.rule === id).map(key).sort();
    const ours = has(o).map(key).sort();
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
      return ko(name, `differs from aws-cdk-lib's validator:\n  validator: ${theirs.join('\n             ')}\n  ccdk:      ${ours.join('\n             ')}`);
    }
    const under2 = found(underDir).filter((v) => v.rule === id);
    if (under2.length) return ko(name, `the validator reports ${id} just under the limit too: ${JSON.stringify(under2)}`);
    ok(`${name} (${id}, as aws-cdk-lib's validator)`);
  } });
}

const P = (t, id = FN) => t.Resources[id].Properties;
const many = (t, section, count, make) => {
  t[section] = t[section] || {};
  for (let i = 0; i < count; i++) t[section][`Extra${i}`] = make(i);
};
const countOf = (section) => Object.keys(baseTpl[section] || {}).length;

rule('template size', 'CL001', (t) => {}, (t) => {}, { under: { size: 1000000 }, over: { size: 1000001 } });
rule('template body size (template not an asset)', 'CL002', (t) => {}, (t) => {}, {
  under: { size: 51200, manifest: (m) => { delete m.artifacts[STACK].properties.stackTemplateAssetObjectUrl; } },
  over: { size: 51201, manifest: (m) => { delete m.artifacts[STACK].properties.stackTemplateAssetObjectUrl; } },
});
rule('template body size: an asset template is uploaded', 'CL002', (t) => {}, (t) => {}, { under: { size: 51201 }, over: { size: 51201, manifest: (m) => { delete m.artifacts[STACK].properties.stackTemplateAssetObjectUrl; } } });
const queue = () => ({ Type: 'AWS::SQS::Queue' });
rule('resources', 'F0007', (t) => many(t, 'Resources', 500 - countOf('Resources'), queue), (t) => many(t, 'Resources', 501 - countOf('Resources'), queue), { path: STACK });
rule('outputs', 'F0004', (t) => many(t, 'Outputs', 200 - countOf('Outputs'), () => ({ Value: 'v' })), (t) => many(t, 'Outputs', 201 - countOf('Outputs'), () => ({ Value: 'v' })));
const param = () => ({ Type: 'String' });
rule('parameters', 'F0003', (t) => many(t, 'Parameters', 200 - countOf('Parameters'), param), (t) => many(t, 'Parameters', 201 - countOf('Parameters'), param));
rule('mappings', 'F0008', (t) => many(t, 'Mappings', 200 - countOf('Mappings'), () => ({ a: { b: 'c' } })), (t) => many(t, 'Mappings', 201 - countOf('Mappings'), () => ({ a: { b: 'c' } })));
// the template-wide rules: a section's entry nothing names (W2001 / W7001 / W8001), no resources (F0001)
rule('an unused parameter', 'W2001', (t) => { t.Parameters.Extra = param(); t.Outputs = { ...t.Outputs, UsesExtra: { Value: { Ref: 'Extra' } } }; },
  (t) => { t.Parameters.Extra = param(); }, { path: STACK });
rule('an unused mapping', 'W7001', (t) => { t.Mappings = { M: { a: { b: 'c' } } }; t.Outputs = { ...t.Outputs, UsesM: { Value: { 'Fn::FindInMap': ['M', 'a', 'b'] } } }; },
  (t) => { t.Mappings = { M: { a: { b: 'c' } } }; });
const cond = () => ({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'x'] });
rule('an unused condition', 'W8001', (t) => { t.Conditions = { ...t.Conditions, C: cond() }; t.Outputs = { ...t.Outputs, O: { Value: 'v', Condition: 'C' } }; },
  (t) => { t.Conditions = { ...t.Conditions, C: cond() }; });
rule('no resources', 'F0001', (t) => {}, (t) => { delete t.Resources; });
// {"STAGE":"test","BIG":"xxx"}: exactly 4096 bytes of JSON, then 4097
const envOf = (bytes) => (t) => {
  const vars = P(t).Environment.Variables;
  vars.BIG = '';
  vars.BIG = 'x'.repeat(bytes - JSON.stringify(vars).length);
};
rule('environment size (4 KB, as Lambda measures it)', 'CL005', envOf(4096), envOf(4097), { path: `${STACK}/Fn/Resource` });
rule('memory minimum', 'F3034', (t) => { P(t).MemorySize = 128; }, (t) => { P(t).MemorySize = 127; });
rule('memory maximum', 'CL003', (t) => { P(t).MemorySize = 10240; }, (t) => { P(t).MemorySize = 10241; });
rule('timeout', 'E3717', (t) => { P(t).Timeout = 900; }, (t) => { P(t).Timeout = 901; });
rule('ephemeral storage minimum', 'F3034', (t) => { P(t).EphemeralStorage = { Size: 512 }; }, (t) => { P(t).EphemeralStorage = { Size: 511 }; });
rule('ephemeral storage maximum', 'CL004', (t) => { P(t).EphemeralStorage = { Size: 10240 }; }, (t) => { P(t).EphemeralStorage = { Size: 10241 }; });
const layers = (k) => (t) => { for (let i = 1; i < k; i++) P(t).Layers.push(`arn:aws:lambda:us-east-1:123456789012:layer:l${i}:1`); };
rule('layers', 'F3032', layers(5), layers(6));
// 250 MB unzipped: the function's asset directory and its layer's, padded with sparse files
const pad = (total) => (t, dir) => {
  const fnDir = assetDir(dir, P(t).Code.S3Key);
  const layerDir = assetDir(dir, P(t, LAYER).Content.S3Key);
  const size = (d) => fs.readdirSync(d, { withFileTypes: true, recursive: true }).filter((e) => e.isFile())
    .reduce((s, e) => s + fs.statSync(path.join(e.parentPath || e.path, e.name)).size, 0);
  const have = size(fnDir) + size(layerDir);
  fs.writeFileSync(path.join(layerDir, 'pad-half'), '');
  fs.truncateSync(path.join(layerDir, 'pad-half'), Math.floor((total - have) / 2));
  fs.writeFileSync(path.join(fnDir, 'pad-rest'), '');
  fs.truncateSync(path.join(fnDir, 'pad-rest'), total - have - Math.floor((total - have) / 2));
};
rule('unzipped code and layers (250 MB)', 'CL006', pad(262144000), pad(262144001));
rule('code size, limit overridden (-c ccdk:lint:code-size=N)', 'CL006', pad(1000), pad(1001), { args: ['-c', 'ccdk:lint:code-size=1000'] });
const inline = (bytes) => (t) => { P(t).Code = { ZipFile: 'x'.repeat(bytes) }; };
rule('inline code', 'CL007', inline(4194304), inline(4194305));
const cors = (t) => P(t, URL).Cors;
rule('URL AllowMethods: OPTIONS (not in the enum)', 'W3030', (t) => { cors(t).AllowMethods = ['PATCH']; }, (t) => { cors(t).AllowMethods = ['OPTIONS']; });
rule('URL AllowMethods: OPTIONS (too long)', 'F3033', (t) => { cors(t).AllowMethods = ['DELETE']; }, (t) => { cors(t).AllowMethods = ['GET', 'OPTIONS']; });
rule('URL AllowMethods: more than 6', 'F3032', (t) => { cors(t).AllowMethods = ['GET', 'PUT', 'HEAD', 'POST', 'PATCH', 'DELETE']; },
  (t) => { cors(t).AllowMethods = ['GET', 'PUT', 'HEAD', 'POST', 'PATCH', 'DELETE', '*']; });
rule('URL MaxAge', 'F3034', (t) => { cors(t).MaxAge = 86400; }, (t) => { cors(t).MaxAge = 86401; });
rule('URL wildcard origin with credentials', 'CL008', (t) => { cors(t).AllowOrigins = ['*']; cors(t).AllowCredentials = false; },
  (t) => { cors(t).AllowOrigins = ['https://a.example', '*']; });
const RESERVED = ['_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR'];
rule('reserved environment variables (Lambda\'s documented list)', 'E3663',
  (t) => { Object.assign(P(t).Environment.Variables, { AWS_LAMBDA_EXEC_WRAPPER: '/opt/w', AWS_XRAY_CONTEXT_MISSING: 'x', TZ: 'UTC', NODE_OPTIONS: 'x' }); },
  (t) => { for (const k of RESERVED) P(t).Environment.Variables[k] = 'v'; });

// DeletionPolicy / UpdateReplacePolicy: Snapshot only on the types with snapshots (the function has
// none; an EC2 volume has), other values never; an Fn::If's branches
const R = (t, id = FN) => t.Resources[id];
const volume = (policy) => ({ Type: 'AWS::EC2::Volume', DeletionPolicy: policy, UpdateReplacePolicy: policy,
  Properties: { AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, Size: 10 } });
for (const [attr, id, ok] of [['DeletionPolicy', 'F3016', 'RetainExceptOnCreate'], ['UpdateReplacePolicy', 'F0018', 'Retain']]) {
  rule(`${attr} Snapshot`, id, (t) => { R(t)[attr] = ok; t.Resources.Volume = volume('Snapshot'); },
    (t) => { R(t)[attr] = 'Snapshot'; t.Resources.Volume = volume('Foo'); });
  rule(`${attr} in an Fn::If`, id, (t) => { R(t)[attr] = { 'Fn::If': ['IsProd', ok, 'Delete'] }; t.Conditions = { IsProd: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } }; },
    (t) => { R(t)[attr] = { 'Fn::If': ['IsProd', 'Delete', 'Snapshot'] }; t.Conditions = { IsProd: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } }; });
}

// an EFS access point and file system: the schema's patterns, lengths, ranges and item counts
const accessPoint = (props) => (t) => {
  t.Resources.Ap = { Type: 'AWS::EFS::AccessPoint', Properties: { FileSystemId: 'fs-0123456789abcdef0', ...props } };
};
rule('EFS access point path pattern', 'F3031', accessPoint({ RootDirectory: { Path: '/a/b/c/d' } }),
  accessPoint({ RootDirectory: { Path: 'a/b' } }));
rule('EFS access point path length', 'F3033', accessPoint({ RootDirectory: { Path: `/${'x'.repeat(99)}` } }),
  accessPoint({ RootDirectory: { Path: `/${'x'.repeat(100)}` } }));
rule('EFS access point POSIX ids', 'F3034', accessPoint({ PosixUser: { Uid: '0', Gid: '4294967295', SecondaryGids: ['0'] } }),
  accessPoint({ PosixUser: { Uid: '-1', Gid: '4294967296', SecondaryGids: ['-2'] } }));
rule('EFS access point secondary groups', 'F3032', accessPoint({ PosixUser: { Uid: '1', Gid: '1', SecondaryGids: Array(16).fill('1') } }),
  accessPoint({ PosixUser: { Uid: '1', Gid: '1', SecondaryGids: Array(17).fill('1') } }));
rule('EFS file system id', 'F3031', accessPoint({ FileSystemId: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-01234567' }),
  accessPoint({ FileSystemId: 'fs-0123456' }));
rule('EFS provisioned throughput', 'F3034', (t) => { t.Resources.Fs = { Type: 'AWS::EFS::FileSystem', Properties: { ProvisionedThroughputInMibps: 1 } }; },
  (t) => { t.Resources.Fs = { Type: 'AWS::EFS::FileSystem', Properties: { ProvisionedThroughputInMibps: 0.5 } }; });

// Lambda's runtime deprecations: the validator compares the dates with today's, and so does ccdk
const RUNTIMES = ['nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x',
  'nodejs16.x', 'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x', 'python2.7', 'python3.6', 'python3.7', 'python3.8',
  'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14', 'java8', 'java8.al2', 'java11', 'java17',
  'java21', 'java25', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'dotnet6', 'dotnet8', 'dotnet10',
  'go1.x', 'ruby2.5', 'ruby2.7', 'ruby3.2', 'ruby3.3', 'ruby3.4', 'provided', 'provided.al2', 'provided.al2023'];
const everyRuntime = (t) => {
  for (const rt of RUNTIMES) {
    t.Resources[`Rt${rt.replace(/[^A-Za-z0-9]/g, '')}`] = { Type: 'AWS::Lambda::Function', Properties: { ...P(t), Runtime: rt } };
  }
};
for (const id of ['W2531', 'E2531', 'E2533']) {
  rule(`runtime deprecation (every runtime, today's date)`, id, (t) => { P(t).Runtime = 'nodejs24.x'; }, everyRuntime);
}

// bad input: a limit that is not a number
{
  const r = spawnSync(ccdk, ['lint', base, '-c', 'ccdk:lint:memory-max=lots'], { encoding: 'utf8' });
  if (r.status === 2 && r.stderr.trim().split('\n').length === 1 && r.stderr.includes('ccdk:lint:memory-max')) ok('a limit that is not a number: one line, exit status 2');
  else ko('a limit that is not a number', `rc=${r.status} ${r.stderr}`);
}
validateAll();
console.log(`lint: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
