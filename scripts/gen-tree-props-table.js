#!/usr/bin/env node
// Regenerates src/core/tree_props_table.c from the installed aws-cdk-lib: for each generated L1
// class that ccdk creates (the "aws-cdk-lib[.aws_x].CfnY" fqns named in src/), how its
// cfnProperties -- which tree.json shows as aws:cdk:cloudformation:props -- name the properties
// that the template names in CloudFormation's words.
//   - per resource type, the root struct: the properties of the class's `cfnProperties` getter, in
//     its order (declaration order: tags sit where the class declares them);
//   - per property type (struct), the fields of its convert...PropertyToCloudFormation function;
//   - per field its CloudFormation name, JavaScript name, where it goes in the output, and the shape
//     of its value: kept as is (primitives, Json, maps of primitives), a struct, a list of structs,
//     a list of lists of structs, or a map of structs (cdk.listMapper / hashMapper over a convert
//     function; cdk.cfnTagToCloudFormation is the {key, value} struct of a tag).
// Struct fields go out in the convert function's order (the template's) unless ORDER below says
// in which order an L2 of aws-cdk-lib builds that struct (an object literal's insertion order).
// Usage: node scripts/gen-tree-props-table.js > src/core/tree_props_table.c
//        node scripts/gen-tree-props-table.js --check   (exit 1 when the file differs)
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const lib = path.join(root, 'node_modules', 'aws-cdk-lib');
const version = require(path.join(lib, 'package.json')).version;

// Struct field orders of aws-cdk-lib's L2s, where they differ from the convert function's:
// 'convert function name' -> JavaScript names in the L2's order (fields not named go after), or
// INSERTION where the L2 builds the struct in more than one order: ccdk's L2 then builds it in
// aws-cdk-lib's order, tree.json keeps that, and the template sorts it (the convert function's
// order, which is the CloudFormation names' strcmp order: checked below).
const INSERTION = 'insertion';
const ORDER = {
  // aws-applicationautoscaling/lib/scalable-target.ts, scaleOnSchedule
  convertCfnScalableTargetScheduledActionPropertyToCloudFormation:
    ['scheduledActionName', 'schedule', 'startTime', 'endTime', 'scalableTargetAction', 'timezone'],
  // aws-events/lib/connection.ts: Authorization._bind's parameters, then invocationHttpParameters
  convertCfnConnectionAuthParametersPropertyToCloudFormation:
    ['apiKeyAuthParameters', 'basicAuthParameters', 'oAuthParameters', 'invocationHttpParameters'],
  convertCfnConnectionBasicAuthParametersPropertyToCloudFormation: ['username', 'password'],
  convertCfnConnectionParameterPropertyToCloudFormation: ['key', 'value', 'isValueSecret'],
  // aws-sns/lib/topic.ts, renderLoggingConfigs
  convertCfnTopicLoggingConfigPropertyToCloudFormation:
    ['protocol', 'failureFeedbackRoleArn', 'successFeedbackRoleArn', 'successFeedbackSampleRate'],
  // aws-applicationautoscaling/lib/step-scaling-action.ts
  convertCfnScalingPolicyStepScalingPolicyConfigurationPropertyToCloudFormation:
    ['adjustmentType', 'cooldown', 'minAdjustmentMagnitude', 'metricAggregationType', 'stepAdjustments'],
  // aws-events/lib/rule.ts, addTarget; aws-events-targets/lib/util.ts, bindBaseTargetConfig
  convertCfnRuleTargetPropertyToCloudFormation: ['id', 'arn', 'roleArn', 'ecsParameters', 'httpParameters',
    'kinesisParameters', 'runCommandParameters', 'batchParameters', 'deadLetterConfig', 'retryPolicy', 'sqsParameters',
    'redshiftDataParameters', 'appSyncParameters', 'input', 'inputPath', 'inputTransformer'],
  convertCfnRuleRetryPolicyPropertyToCloudFormation: ['maximumRetryAttempts', 'maximumEventAgeInSeconds'],
  convertCfnRuleInputTransformerPropertyToCloudFormation: ['inputTemplate', 'inputPathsMap'],
  // aws-cloudwatch/lib/alarm.ts, renderMetric: a labelled metric's {metricStat: {metric: {metricName,
  // namespace, dimensions}, period, stat, unit}, id, accountId, label, returnData}
  // ... and a MathExpression's {expression, id, label, period, returnData}: two orders
  convertCfnAlarmMetricDataQueryPropertyToCloudFormation: INSERTION,
  convertCfnAlarmMetricPropertyToCloudFormation: ['metricName', 'namespace', 'dimensions'],
  // aws-logs/lib/metric-filter.ts: metricTransformations [{metricNamespace, metricName, metricValue,
  // defaultValue, dimensions, unit}]
  convertCfnMetricFilterMetricTransformationPropertyToCloudFormation: ['metricNamespace', 'metricName', 'metricValue',
    'defaultValue', 'dimensions', 'unit'],
  // aws-efs/lib/access-point.ts
  convertCfnAccessPointPosixUserPropertyToCloudFormation: ['uid', 'gid', 'secondaryGids'],
  // aws-efs/lib/efs-file-system.ts, replicationConfiguration
  convertCfnFileSystemReplicationDestinationPropertyToCloudFormation: ['fileSystemId', 'kmsKeyId', 'region', 'availabilityZoneName'],
  // aws-secretsmanager/lib/secret.ts, addReplicaRegion: {region, kmsKeyId}
  convertCfnSecretReplicaRegionPropertyToCloudFormation: ['region', 'kmsKeyId'],
  // aws-secretsmanager/lib/rotation-schedule.ts, HostedRotation.bind
  convertCfnRotationScheduleHostedRotationLambdaPropertyToCloudFormation: ['rotationType', 'kmsKeyArn', 'masterSecretArn',
    'masterSecretKmsKeyArn', 'rotationLambdaName', 'vpcSecurityGroupIds', 'vpcSubnetIds', 'excludeCharacters'],
  // aws-lambda/lib/function.ts: code, configureVpc, getLoggingConfig
  convertCfnFunctionCodePropertyToCloudFormation: ['s3Bucket', 's3Key', 's3ObjectVersion', 'zipFile', 'imageUri',
    'sourceKmsKeyArn', 's3ObjectStorageMode'],
  convertCfnFunctionVpcConfigPropertyToCloudFormation: ['ipv6AllowedForDualStack', 'subnetIds', 'securityGroupIds'],
  convertCfnFunctionLoggingConfigPropertyToCloudFormation: ['logFormat', 'systemLogLevel', 'applicationLogLevel', 'logGroup'],
  // aws-lambda/lib/network-connector.ts, VpcEgressNetworkConnectorConfiguration._render
  convertCfnNetworkConnectorVpcEgressConfigurationPropertyToCloudFormation: ['subnetIds', 'securityGroupIds',
    'networkProtocol', 'associatedComputeResourceTypes'],
  // aws-lambda/lib/webfunction.ts: the revision's serviceConfig and its telemetryConfig.loggingConfig
  convertCfnWebFunctionRevisionServiceConfigPropertyToCloudFormation: ['executionRoleArn', 'environmentVariables',
    'telemetryConfig', 'timeoutSeconds', 'maxConcurrencyPerEnvironment', 'egressNetworkConnectorArn'],
  convertCfnWebFunctionRevisionLoggingConfigPropertyToCloudFormation: ['applicationLogLevel', 'systemLogLevel', 'logGroup'],
  // aws-lambda/lib/lambda-version.ts: functionScalingConfig {minExecutionEnvironments, maxExecutionEnvironments}
  convertCfnVersionFunctionScalingConfigPropertyToCloudFormation: ['minExecutionEnvironments', 'maxExecutionEnvironments'],
  // aws-lambda/lib/capacity-provider.ts: addFunction's capacityProviderConfig and functionScalingConfig,
  // the constructor's instanceRequirements and propagateTags
  convertCfnFunctionLambdaManagedInstancesCapacityProviderConfigPropertyToCloudFormation: ['capacityProviderArn',
    'perExecutionEnvironmentMaxConcurrency', 'executionEnvironmentMemoryGiBPerVCpu'],
  convertCfnFunctionFunctionScalingConfigPropertyToCloudFormation: ['minExecutionEnvironments', 'maxExecutionEnvironments'],
  convertCfnCapacityProviderInstanceRequirementsPropertyToCloudFormation: ['allowedInstanceTypes', 'excludedInstanceTypes',
    'architectures'],
  convertCfnCapacityProviderPropagateTagsConfigPropertyToCloudFormation: ['mode', 'explicitTags'],
  // aws-lambda/lib/layers.ts: content {s3Bucket, s3Key, s3ObjectVersion, s3ObjectStorageMode}
  convertCfnLayerVersionContentPropertyToCloudFormation: ['s3Bucket', 's3Key', 's3ObjectVersion', 's3ObjectStorageMode'],
  // aws-lambda/lib/event-source-mapping.ts passes the user's ProvisionedPollerConfig (its declaration order)
  convertCfnEventSourceMappingProvisionedPollerConfigPropertyToCloudFormation: ['minimumPollers', 'maximumPollers', 'pollerGroupName'],
  // aws-lambda/lib/event-source-mapping.ts: kafkaConfig.schemaRegistryConfig
  convertCfnEventSourceMappingSchemaRegistryConfigPropertyToCloudFormation: ['schemaRegistryUri', 'eventRecordFormat',
    'accessConfigs', 'schemaValidationConfigs'],
  // aws-apigateway/lib/method.ts, renderIntegration (ApiEventSource's LambdaIntegration)
  convertCfnMethodIntegrationPropertyToCloudFormation: ['type', 'uri', 'cacheKeyParameters', 'cacheNamespace',
    'contentHandling', 'integrationHttpMethod', 'requestParameters', 'requestTemplates', 'passthroughBehavior',
    'integrationResponses', 'connectionType', 'connectionId', 'credentials', 'timeoutInMillis', 'responseTransferMode'],
  // aws-s3/lib/bucket.ts, parseEncryption: {sseAlgorithm, kmsMasterKeyId}
  convertCfnBucketServerSideEncryptionByDefaultPropertyToCloudFormation: ['sseAlgorithm', 'kmsMasterKeyId'],
  // parseEncryption's rule: {bucketKeyEnabled, serverSideEncryptionByDefault, blockedEncryptionTypes}
  convertCfnBucketServerSideEncryptionRulePropertyToCloudFormation: ['bucketKeyEnabled', 'serverSideEncryptionByDefault',
    'blockedEncryptionTypes'],
  // aws-s3/lib/bucket.ts, parseLifecycleConfiguration / parseCorsConfiguration: object literals in
  // their own orders, which config.c builds
  convertCfnBucketRulePropertyToCloudFormation: INSERTION,
  convertCfnBucketNoncurrentVersionExpirationPropertyToCloudFormation: INSERTION,
  convertCfnBucketNoncurrentVersionTransitionPropertyToCloudFormation: INSERTION,
  convertCfnBucketCorsRulePropertyToCloudFormation: INSERTION,
  // parseInventoryConfiguration: {id, destination: {bucketArn, bucketAccountId, prefix, format}, enabled,
  // includedObjectVersions, scheduleFrequency, optionalFields, prefix}
  convertCfnBucketInventoryConfigurationPropertyToCloudFormation: INSERTION,
  convertCfnBucketDestinationPropertyToCloudFormation: INSERTION,
  // renderWebsiteConfiguration: {indexDocument, errorDocument, redirectAllRequestsTo, routingRules} and
  // each rule's redirectRule {hostName, httpRedirectCode, protocol, replaceKeyWith, replaceKeyPrefixWith}
  convertCfnBucketWebsiteConfigurationPropertyToCloudFormation: ['indexDocument', 'errorDocument',
    'redirectAllRequestsTo', 'routingRules'],
  convertCfnBucketRedirectRulePropertyToCloudFormation: ['hostName', 'httpRedirectCode', 'protocol', 'replaceKeyWith',
    'replaceKeyPrefixWith'],
  // renderReplicationConfiguration: each rule {id, priority, status, destination, filter,
  // deleteMarkerReplication, sourceSelectionCriteria}, its destination {bucket, account, storageClass,
  // accessControlTranslation, encryptionConfiguration, replicationTime, metrics}, metrics {status, eventThreshold}
  convertCfnBucketReplicationRulePropertyToCloudFormation: ['id', 'priority', 'status', 'destination', 'filter',
    'deleteMarkerReplication', 'sourceSelectionCriteria'],
  convertCfnBucketReplicationDestinationPropertyToCloudFormation: ['bucket', 'account', 'storageClass',
    'accessControlTranslation', 'encryptionConfiguration', 'replicationTime', 'metrics'],
  convertCfnBucketMetricsPropertyToCloudFormation: ['status', 'eventThreshold'],
  // aws-dynamodb/lib/table.ts, parseEncryption: {sseEnabled, kmsMasterKeyId, sseType}
  convertCfnTableSSESpecificationPropertyToCloudFormation: ['sseEnabled', 'kmsMasterKeyId', 'sseType'],
  // aws-dynamodb/lib/table.ts buildIndexProjection, table-v2.ts configureIndexProjection
  convertCfnTableProjectionPropertyToCloudFormation: ['projectionType', 'nonKeyAttributes'],
  convertCfnGlobalTableProjectionPropertyToCloudFormation: ['projectionType', 'nonKeyAttributes'],
  // aws-dynamodb/lib/table.ts, addGlobalSecondaryIndex
  convertCfnTableGlobalSecondaryIndexPropertyToCloudFormation: ['contributorInsightsSpecification', 'indexName', 'keySchema',
    'projection', 'provisionedThroughput', 'onDemandThroughput', 'warmThroughput'],
  // aws-dynamodb/lib/table.ts, renderImportSourceSpecification: {...inputFormat._render(), inputCompressionType, s3BucketSource}
  convertCfnTableImportSourceSpecificationPropertyToCloudFormation: ['inputFormat', 'inputFormatOptions', 'inputCompressionType',
    's3BucketSource'],
  // aws-dynamodb/lib/capacity.ts, renderAutoscaledCapacity
  convertCfnGlobalTableCapacityAutoScalingSettingsPropertyToCloudFormation: ['minCapacity', 'maxCapacity', 'seedCapacity',
    'targetTrackingScalingPolicyConfiguration'],
  // aws-dynamodb/lib/table-v2.ts, configureReplicaTable
  convertCfnGlobalTableReplicaSpecificationPropertyToCloudFormation: ['region', 'globalSecondaryIndexes',
    'deletionProtectionEnabled', 'tableClass', 'sseSpecification', 'kinesisStreamSpecification',
    'contributorInsightsSpecification', 'pointInTimeRecoverySpecification', 'readProvisionedThroughputSettings', 'tags',
    'readOnDemandThroughputSettings', 'resourcePolicy', 'replicaStreamSpecification', 'globalTableSettingsReplicationMode'],
  // aws-dynamodb/lib/table-v2.ts, configureGlobalSecondaryIndex
  convertCfnGlobalTableGlobalSecondaryIndexPropertyToCloudFormation: ['indexName', 'keySchema', 'projection',
    'writeProvisionedThroughputSettings', 'writeOnDemandThroughputSettings', 'warmThroughput'],
  // aws-dynamodb/lib/table-v2.ts, configureReplicaGlobalSecondaryIndexes
  convertCfnGlobalTableReplicaGlobalSecondaryIndexSpecificationPropertyToCloudFormation: ['indexName',
    'readProvisionedThroughputSettings', 'readOnDemandThroughputSettings', 'contributorInsightsSpecification'],
  // aws-iam/lib/role.ts, _flatten of the inline policies
  convertCfnRolePolicyPropertyToCloudFormation: ['policyName', 'policyDocument'],
  // aws-ec2/lib/security-group.ts: {...peer, ...port.toRuleJson(), description}, MATCH_NO_TRAFFIC,
  // ALLOW_ALL_RULE and the default IPv6 rule each in their own order
  convertCfnSecurityGroupIngressPropertyToCloudFormation: INSERTION,
  convertCfnSecurityGroupEgressPropertyToCloudFormation: INSERTION,
  // 'module/function' for one module's function where another module has one of the same name.
  // aws-s3files has L1s only: tree.json shows the user's own objects, ccdk builds them in the order
  // of aws-cdk's integ test and README ({path, creationPermissions}; {gid, uid}, secondaryGids
  // between them as declared)
  'aws_s3files/convertCfnAccessPointRootDirectoryPropertyToCloudFormation': INSERTION,
  'aws_s3files/convertCfnAccessPointPosixUserPropertyToCloudFormation': INSERTION,
};

// ---- the fqns ccdk creates
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.[ch]$/.test(e.name)) out.push(p);
  }
  return out;
}
const fqns = new Set();
for (const f of walk(path.join(root, 'src'), [])) {
  for (const m of fs.readFileSync(f, 'utf8').matchAll(/"aws-cdk-lib\.(?:(aws_[a-z0-9_]+)\.)?(Cfn[A-Za-z0-9]+)"/g)) {
    fqns.add(m[0].slice(1, -1));
  }
}

// ---- minified-JS helpers
function balanced(src, i) { // i: just past an opening bracket; returns the index of its closer
  for (let d = 1; ; i++) {
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') { for (i++; src[i] !== c; i++) if (src[i] === '\\') i++; continue; }
    if (c === '{' || c === '(' || c === '[') d++;
    else if (c === '}' || c === ')' || c === ']') { if (--d === 0) return i; }
  }
}
function splitTop(body) {
  const parts = [];
  let d = 0, st = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '"' || c === "'") { for (k++; body[k] !== c; k++) if (body[k] === '\\') k++; continue; }
    if ('({['.includes(c)) d++;
    else if (')}]'.includes(c)) d--;
    else if (c === ',' && !d) { parts.push(body.slice(st, k)); st = k + 1; }
  }
  if (body.length) parts.push(body.slice(st));
  return parts;
}

const files = new Map();
function source(mod) {
  const dir = mod ? path.join(lib, mod.replace(/_/g, '-'), 'lib') : path.join(lib, 'core', 'lib');
  if (!files.has(dir)) {
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.generated.js')).sort();
    files.set(dir, names.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
  }
  return files.get(dir);
}

// ---- structs
const structs = []; // {name, fields: [{cfn, js, shape, sub}], insertion, deep}
const cmp = (a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))); // strcmp order
const structIndex = new Map(); // key -> index
const SHAPES = { keep: 0, struct: 1, list: 2, listlist: 3, map: 4, date: 5 };

function shapeOf(src, expr, mod) {
  let m;
  if ((m = /^(convert\w+ToCloudFormation)$/.exec(expr))) return { shape: 'struct', sub: convertStruct(src, m[1], mod) };
  if (expr === 'cdk().cfnTagToCloudFormation') return { shape: 'struct', sub: tagStruct() };
  // a Date: the template has dateToCloudFormation's text, tree.json the Date's toJSON()
  if (expr === 'cdk().dateToCloudFormation') return { shape: 'date', sub: 0 };
  if ((m = /^cdk\(\)\.listMapper\((.*)\)$/.exec(expr))) {
    const inner = shapeOf(src, m[1], mod);
    if (inner.shape === 'struct') return { shape: 'list', sub: inner.sub };
    if (inner.shape === 'list') return { shape: 'listlist', sub: inner.sub };
    return { shape: 'keep', sub: 0 };
  }
  if ((m = /^cdk\(\)\.hashMapper\((.*)\)$/.exec(expr))) {
    const inner = shapeOf(src, m[1], mod);
    return inner.shape === 'struct' ? { shape: 'map', sub: inner.sub } : { shape: 'keep', sub: 0 };
  }
  if (/convert\w+ToCloudFormation/.test(expr)) throw new Error(`unhandled mapper: ${expr}`);
  return { shape: 'keep', sub: 0 };
}

function tagStruct() {
  if (!structIndex.has('cfnTag')) {
    structIndex.set('cfnTag', structs.length);
    structs.push({ name: 'cfnTag', fields: [{ cfn: 'Key', js: 'key', shape: 'keep', sub: 0 }, { cfn: 'Value', js: 'value', shape: 'keep', sub: 0 }] });
  }
  return structIndex.get('cfnTag');
}

function convertStruct(src, fn, mod) {
  const key = `${fn}@${src.length}`;
  if (structIndex.has(key)) return structIndex.get(key);
  const idx = structs.length;
  structIndex.set(key, idx);
  const s = { name: fn, fields: [] };
  structs.push(s);
  const head = new RegExp(`function ${fn}\\(properties\\)\\{return cdk\\(\\)\\.canInspect\\(properties\\)\\?\\(\\w+\\(properties\\)\\.assertSuccess\\(\\),\\{`);
  const m = head.exec(src);
  if (!m) throw new Error(`no ${fn}`);
  const start = m.index + m[0].length;
  for (const p of splitTop(src.slice(start, balanced(src, start)))) {
    const mm = /^(\w+):(.*)\(properties\.(\w+)\)$/.exec(p);
    if (!mm) throw new Error(`${fn}: cannot read ${p}`);
    s.fields.push({ cfn: mm[1], js: mm[3], ...shapeOf(src, mm[2], mod) });
  }
  const order = ORDER[`${mod}/${fn}`] ?? ORDER[fn];
  if (order === INSERTION) {
    s.insertion = true;
    const names = s.fields.map((f) => f.cfn);
    if (names.join() !== names.slice().sort(cmp).join()) throw new Error(`${fn}: not in strcmp order`);
  } else if (order) {
    if (!order.every((j) => s.fields.some((f) => f.js === j))) throw new Error(`${fn}: unknown name in ORDER`);
    const rank = (f) => (order.includes(f.js) ? order.indexOf(f.js) : order.length);
    s.fields = s.fields.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  }
  return idx;
}

// ---- resource types
const types = []; // {type, fqn, root}
for (const fqn of [...fqns].sort()) {
  const m = /^aws-cdk-lib\.(?:(aws_[a-z0-9_]+)\.)?(Cfn\w+)$/.exec(fqn);
  const src = source(m[1]);
  const cls = m[2];
  const cm = new RegExp(`class ${cls} extends cdk\\(\\)\\.CfnResource\\{`).exec(src);
  if (!cm) continue; // CfnOutput, CfnParameter, ... (not resources), CfnResource itself
  const body = src.slice(cm.index, balanced(src, cm.index + cm[0].length));
  const type = /static CFN_RESOURCE_TYPE_NAME="([^"]+)"/.exec(body)[1];
  const gm = /get cfnProperties\(\)\{return\{/.exec(body);
  const gstart = gm.index + gm[0].length;
  const order = splitTop(body.slice(gstart, balanced(body, gstart))).map((p) => /^(\w+):/.exec(p)[1]);
  const rootIdx = convertStruct(src, `convert${cls}PropsToCloudFormation`, m[1]);
  const rs = structs[rootIdx];
  const byJs = new Map(rs.fields.map((f) => [f.js, f]));
  if (order.length !== rs.fields.length || !order.every((j) => byJs.has(j))) throw new Error(`${fqn}: getter and convert disagree`);
  rs.fields = order.map((j) => byJs.get(j));
  types.push({ type, fqn, root: rootIdx });
}
types.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));

// deep: the struct is INSERTION or holds one (the template's render walks down to sort them)
const deep = (si, seen = new Set()) => {
  const s = structs[si];
  if (s.deep !== undefined) return s.deep;
  if (seen.has(si)) return false;
  seen.add(si);
  return (s.deep = !!s.insertion || s.fields.some((f) => f.shape !== 'keep' && f.shape !== 'date' && deep(f.sub, seen)));
};
for (const k of Object.keys(ORDER)) if (![...structIndex.keys()].some((x) => x.startsWith(k.replace(/^.*\//, '') + '@'))) throw new Error(`ORDER: ${k} is not used`);

// ---- C
const pool = require('./lib/strpool').makePool();
const out = [];
out.push(`/* tree_props_table.c - GENERATED by scripts/gen-tree-props-table.js from aws-cdk-lib ${version}; do not edit.`);
out.push(' * The JavaScript names of the L1 properties (tree.json\'s aws:cdk:cloudformation:props): see tree_props.h. */');
out.push('#include <stddef.h>', '', '#include "tree_props.h"', '');
out.push('/* per struct, its fields sorted by CloudFormation name (strcmp): {cfn, js, output position, shape, struct},');
out.push(' * the names as offsets + 1 into ccdk__tp_pool */');
out.push('const ccdk__tp_field ccdk__tp_fields[] = {');
let first = 0;
const firsts = [];
structs.forEach((s, si) => {
  firsts.push(first);
  out.push(`    /* ${si}: ${s.name} */`);
  const sorted = s.fields.map((f, ord) => ({ ...f, ord })).sort((a, b) => cmp(a.cfn, b.cfn));
  for (const f of sorted) out.push(`    {${pool.ref(f.cfn)}, ${pool.ref(f.js)}, ${f.ord}, ${SHAPES[f.shape]}, ${f.sub}}, /* ${f.cfn} */`);
  first += s.fields.length;
});
out.push('};', '');
out.push('/* {first field, number of fields, CCDK__TP_INSERTION | CCDK__TP_DEEP} */');
out.push('const ccdk__tp_struct ccdk__tp_structs[] = {');
structs.forEach((s, si) => {
  const fl = [s.insertion && 'CCDK__TP_INSERTION', deep(si) && 'CCDK__TP_DEEP'].filter(Boolean).join(' | ') || '0';
  out.push(`    {${firsts[si]}, ${s.fields.length}, ${fl}}, /* ${si} */`);
});
out.push('};', '');
out.push('/* resource types, sorted (strcmp): {type (an offset + 1 into ccdk__tp_pool), root struct} */');
out.push('const ccdk__tp_type ccdk__tp_types[] = {');
for (const t of types) out.push(`    {${pool.ref(t.type)}, ${t.root}}, /* ${t.type}: ${t.fqn} */`);
out.push('};', `const size_t ccdk__tp_ntypes = ${types.length};`, '');
out.push('/* the names of the tables, each once (offsets rather than pointers: a table of pointers is');
out.push(' * relocated at every start of a position-independent executable) */');
out.push(...pool.lines('ccdk__tp_pool'), '');
const text = out.join('\n');
require('./lib/gen-output').emit(__filename, 'src/core/tree_props_table.c', text, `aws-cdk-lib ${version}`);
