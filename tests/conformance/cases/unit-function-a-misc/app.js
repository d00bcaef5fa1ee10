// Conformance case 'unit-function-a-misc'
// Upstream: aws-lambda/test/function.test.ts (first half): imports, container images, metrics, event
// sources, layers, environment, asynchronous invocation, getters and profiling, a stack
// per test.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');
const ec2 = require('aws-cdk-lib/aws-ec2');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
// the test's calculateFunctionHash (not exported: read by its file path)
const { calculateFunctionHash } = require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-lambda/lib/function-hash'));


const app = new cdk.App();
const fooFn = (stack, id, props) => new lambda.Function(stack, id, {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  ...props,
});
const out = (stack, id, value) => new cdk.CfnOutput(stack, id, { value });

// 'fromFunctionArn'
{
  const stack = new cdk.Stack(app, 'FromFunctionArn');
  const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:ProcessKinesisRecords');
  out(stack, 'Arn', imported.functionArn);
  out(stack, 'Name', imported.functionName);
}
// 'Function.fromFunctionName'
{
  const stack = new cdk.Stack(app, 'FromFunctionName');
  const imported = lambda.Function.fromFunctionName(stack, 'Imported', 'my-function');
  out(stack, 'Arn', imported.functionArn);
  out(stack, 'Name', imported.functionName);
}
// 'runtime and handler set to FROM_IMAGE are set to undefined in CloudFormation'
new lambda.Function(new cdk.Stack(app, 'FromImage'), 'MyLambda', {
  code: lambda.Code.fromAssetImage(path.join(__dirname, 'docker-lambda-handler')),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
// 'Can use metricErrors on a lambda Function' (the metric in an alarm)
{
  const stack = new cdk.Stack(app, 'MetricErrors');
  const fn = new lambda.Function(stack, 'Function', {
    code: lambda.Code.fromInline('xxx'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_LATEST,
  });
  new cloudwatch.Alarm(stack, 'Alarm', { metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1 });
}
// 'addEventSource calls bind', 'its possible to specify event sources upon creation' (each bind adds an output)
{
  const stack = new cdk.Stack(app, 'EventSources');
  let count = 0;
  class EventSource {
    bind(target) { new cdk.CfnOutput(stack, `Bound${++count}`, { value: target.functionArn }); }
  }
  const fn = new lambda.Function(stack, 'fn', {
    code: lambda.Code.fromInline('boom'),
    runtime: lambda.Runtime.NODEJS_LATEST,
    handler: 'index.bam',
    events: [new EventSource(), new EventSource()],
  });
  fn.addEventSource(new EventSource());
}
// 'layer is baked into the function version'
{
  const stack = new cdk.Stack(app, 'LayerBaked');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const code = new lambda.S3Code(bucket, 'ObjectKey');
  const fn = new lambda.Function(stack, 'fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    code: lambda.Code.fromInline('exports.main = function() { console.log("DONE"); }'),
    handler: 'index.main',
  });
  out(stack, 'HashBefore', calculateFunctionHash(fn));
  const layer = new lambda.LayerVersion(stack, 'LayerVersion', { code, compatibleRuntimes: [lambda.Runtime.NODEJS_22_X] });
  fn.addLayers(layer);
  out(stack, 'HashAfter', calculateFunctionHash(fn));
}
// 'with feature flag, layer version is baked into function version' (the flag on the stack)
{
  const stack = new cdk.Stack(app, 'LayerBakedFlag');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const bucket = new s3.Bucket(stack, 'Bucket');
  const code = new lambda.S3Code(bucket, 'ObjectKey');
  const layer = new lambda.LayerVersion(stack, 'LayerVersion', { code, compatibleRuntimes: [lambda.Runtime.NODEJS_22_X] });
  const fn = new lambda.Function(stack, 'fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    code: lambda.Code.fromInline('exports.main = function() { console.log("DONE"); }'),
    handler: 'index.main',
    layers: [layer],
  });
  out(stack, 'HashBefore', calculateFunctionHash(fn));
  const newCode = (new lambda.S3Code(bucket, 'NewObjectKey')).bind(layer);
  layer.node.defaultChild.addPropertyOverride('Content', {
    S3Bucket: newCode.s3Location.bucketName,
    S3Key: newCode.s3Location.objectKey,
  });
  out(stack, 'HashAfter', calculateFunctionHash(fn));
}
// 'environment variables work in China', '... in an unspecified region'
fooFn(new cdk.Stack(app, 'EnvChina', { env: { region: 'cn-north-1' } }), 'MyLambda', { environment: { SOME: 'Variable' } });
fooFn(new cdk.Stack(app, 'EnvUnspecifiedRegion'), 'MyLambda', { environment: { SOME: 'Variable' } });
// 'support reserved concurrent executions'
fooFn(new cdk.Stack(app, 'ReservedConcurrency'), 'MyLambda', { reservedConcurrentExecutions: 10 });
// 'imported lambda with imported security group and allowAllOutbound set to false'
{
  const stack = new cdk.Stack(app, 'ImportedSecurityGroup');
  const fn = lambda.Function.fromFunctionAttributes(stack, 'fn', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-123456789', { allowAllOutbound: false }),
  });
  fn.connections.allowToAnyIpv4(ec2.Port.tcp(443));
}
// 'with event invoke config'
fooFn(new cdk.Stack(app, 'EventInvokeConfig'), 'fn', {
  onFailure: { bind: () => ({ destination: 'on-failure-arn' }) },
  onSuccess: { bind: () => ({ destination: 'on-success-arn' }) },
  maxEventAge: cdk.Duration.hours(1),
  retryAttempts: 0,
});
// 'event invoke config on imported lambda'
lambda.Function.fromFunctionAttributes(new cdk.Stack(app, 'ImportedEventInvokeConfig'), 'fn', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
}).configureAsyncInvoke({ retryAttempts: 1 });
// 'add compatible layer', 'add compatible layer for deep clone' (the same runtime object in C)
{
  const stack = new cdk.Stack(app, 'CompatibleLayer');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const code = new lambda.S3Code(bucket, 'ObjectKey');
  const func = new lambda.Function(stack, 'myFunc', { runtime: lambda.Runtime.PYTHON_3_7, handler: 'index.handler', code });
  func.addLayers(new lambda.LayerVersion(stack, 'myLayer', { code, compatibleRuntimes: [lambda.Runtime.PYTHON_3_7] }));
}
// 'dlq is returned when provided by user and is Queue' / 'is Topic', 'when setup by cdk and is Queue',
// 'dlq is undefined when not setup'
const dlqOutputs = (stack, fn) => {
  out(stack, 'Queue', fn.deadLetterQueue ? fn.deadLetterQueue.queueArn : 'none');
  out(stack, 'Topic', fn.deadLetterTopic ? fn.deadLetterTopic.topicArn : 'none');
};
{
  const stack = new cdk.Stack(app, 'DlqUserQueue');
  const dlQueue = new sqs.Queue(stack, 'DeadLetterQueue', { queueName: 'MyLambda_DLQ', retentionPeriod: cdk.Duration.days(14) });
  dlqOutputs(stack, fooFn(stack, 'fn', { handler: 'foo', code: lambda.Code.fromInline('foo'), deadLetterQueue: dlQueue }));
}
{
  const stack = new cdk.Stack(app, 'DlqUserTopic');
  const dlTopic = new sns.Topic(stack, 'DeadLetterQueue', { topicName: 'MyLambda_DLQ' });
  dlqOutputs(stack, fooFn(stack, 'fn', { handler: 'foo', code: lambda.Code.fromInline('foo'), deadLetterTopic: dlTopic }));
}
{
  const stack = new cdk.Stack(app, 'DlqCdkQueue');
  dlqOutputs(stack, fooFn(stack, 'fn', { handler: 'foo', code: lambda.Code.fromInline('foo'), deadLetterQueueEnabled: true }));
}
{
  const stack = new cdk.Stack(app, 'DlqNone');
  dlqOutputs(stack, fooFn(stack, 'fn', { handler: 'foo', code: lambda.Code.fromInline('foo') }));
}
// 'multiple calls to latestVersion returns the same version',
// 'latestVersion functionRef ARN is the version ARN, not the plain ARN'
{
  const stack = new cdk.Stack(app, 'LatestVersion');
  const fn = new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('hello()'), handler: 'index.hello', runtime: lambda.Runtime.NODEJS_LATEST,
  });
  out(stack, 'Version1', fn.latestVersion.functionArn);
  out(stack, 'Version2', fn.latestVersion.functionArn);
  out(stack, 'FunctionRef', fn.latestVersion.functionRef.functionArn);
}
// 'default function with kmsKeyArn, environmentEncryption passed as props'
{
  const stack = new cdk.Stack(app, 'EnvironmentEncryption');
  const key = new kms.Key(stack, 'EnvVarEncryptKey', { description: 'sample key' });
  fooFn(stack, 'MyLambda', { environment: { SOME: 'Variable' }, environmentEncryption: key });
}
// 'profiling group': 'default function with CDK created Profiling Group', '... client provided Profiling Group'
fooFn(new cdk.Stack(app, 'ProfilingCreated'), 'MyLambda', { runtime: lambda.Runtime.PYTHON_3_9, profiling: true });
{
  const stack = new cdk.Stack(app, 'ProfilingProvided');
  fooFn(stack, 'MyLambda', { runtime: lambda.Runtime.PYTHON_3_9, profilingGroup: new codeguru.ProfilingGroup(stack, 'ProfilingGroup') });
}
app.synth();
