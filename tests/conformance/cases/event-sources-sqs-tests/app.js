// Conformance case 'event-sources-sqs-tests': aws-cdk's sqs.test.ts (aws-lambda-event-sources), each
// test that synthesizes a template as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: sqs.test.ts 'defaults', 'specific batch size', 'unresolved batch size', 'batch size
// is > 10 and batch window is defined', 'specific batch window', 'contains eventSourceMappingId after
// lambda binding', 'contains eventSourceMappingArn after lambda binding', 'event source disabled',
// 'reportBatchItemFailures', 'warning added if lambda function imported without role', 'policy added to
// imported function role', 'adding filter criteria', 'adding filter criteria encryption', 'adding filter
// criteria encryption with stack key', 'adding maxConcurrency of 5' (all three: the newer two with a
// metricsConfig, empty and with EVENT_COUNT)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
// each test: a stack with a function 'Fn' and a queue 'Q'
const given = (name) => {
  const stack = new cdk.Stack(app, name);
  return { stack, fn: testFunction(stack, 'Fn'), q: new sqs.Queue(stack, 'Q') };
};
const bodyIdExists = () => [lambda.FilterCriteria.filter({ body: { id: lambda.FilterRule.exists() } })];

{
  const { fn, q } = given('Defaults');
  fn.addEventSource(new sources.SqsEventSource(q));
}
{
  const { fn, q } = given('SpecificBatchSize');
  fn.addEventSource(new sources.SqsEventSource(q, { batchSize: 5 }));
}
{
  const { fn, q } = given('UnresolvedBatchSize');
  const batchSize = 500;
  fn.addEventSource(new sources.SqsEventSource(q, { batchSize: cdk.Lazy.number({ produce() { return batchSize; } }) }));
}
{
  const { fn, q } = given('BatchSizeWithWindow');
  fn.addEventSource(new sources.SqsEventSource(q, { batchSize: 1000, maxBatchingWindow: cdk.Duration.minutes(5) }));
}
{
  const { fn, q } = given('SpecificBatchWindow');
  fn.addEventSource(new sources.SqsEventSource(q, { maxBatchingWindow: cdk.Duration.minutes(5) }));
}
{
  const { stack, fn, q } = given('MappingIdAndArn');
  const eventSource = new sources.SqsEventSource(q);
  fn.addEventSource(eventSource);
  new cdk.CfnOutput(stack, 'MappingId', { value: eventSource.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: eventSource.eventSourceMappingArn });
}
{
  const { fn, q } = given('Disabled');
  fn.addEventSource(new sources.SqsEventSource(q, { enabled: false }));
}
{
  const { fn, q } = given('ReportBatchItemFailures');
  fn.addEventSource(new sources.SqsEventSource(q, { reportBatchItemFailures: true }));
}
{
  // the warning (the function was imported without a role) is the stack's metadata
  const stack = new cdk.Stack(app, 'ImportedWithoutRole');
  const fn = lambda.Function.fromFunctionName(stack, 'Handler', 'testFunction');
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q')));
}
{
  const stack = new cdk.Stack(app, 'ImportedWithRole');
  const fn = lambda.Function.fromFunctionAttributes(stack, 'Handler', {
    functionArn: stack.formatArn({ service: 'lambda', resource: 'function', resourceName: 'testFunction' }),
    role: iam.Role.fromRoleName(stack, 'Role', 'testFunctionRole'),
  });
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q')));
}
{
  const { fn, q } = given('FilterCriteria');
  fn.addEventSource(new sources.SqsEventSource(q, { filters: bodyIdExists() }));
}
{
  const { stack, fn, q } = given('FilterEncryption');
  const myKey = kms.Key.fromKeyArn(stack, 'SourceBucketEncryptionKey', 'arn:aws:kms:us-east-1:123456789012:key/<key-id>');
  fn.addEventSource(new sources.SqsEventSource(q, { filters: bodyIdExists(), filterEncryption: myKey }));
}
{
  const { stack, fn, q } = given('FilterEncryptionStackKey');
  const myKey = new kms.Key(stack, 'fc-test-key-name', {
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    pendingWindow: cdk.Duration.days(7),
    description: 'KMS key for test fc encryption',
  });
  fn.addEventSource(new sources.SqsEventSource(q, { filters: bodyIdExists(), filterEncryption: myKey }));
}
{
  const { fn, q } = given('MaxConcurrency');
  fn.addEventSource(new sources.SqsEventSource(q, { maxConcurrency: 5 }));
}
{
  const { fn, q } = given('MaxConcurrencyEmptyMetrics');
  fn.addEventSource(new sources.SqsEventSource(q, { maxConcurrency: 5, metricsConfig: { metrics: [] } }));
}
{
  const { fn, q } = given('MaxConcurrencyMetrics');
  fn.addEventSource(new sources.SqsEventSource(q, { maxConcurrency: 5, metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] } }));
}

app.synth();
