// Conformance case 'ported-alias': aws-cdk's alias.test.ts ported literally, the same ids: the two
// scheduled-scaling tests in the stack `new Stack()` makes ('Default': the warning's path is
// /Default/Alias/AliasScaling/Target), the others in a stack each; alias.functionName in an output.
// Ported from aws-cdk: alias.test.ts 'version and aliases', 'can create an alias to $LATEST',
// 'can use newVersion to create a new Version', 'can add additional versions to alias',
// 'version and aliases with provisioned execution', 'metric adds Resource: aliasArn to dimensions',
// 'functionName is derived from the aliasArn so that dependencies are sound',
// 'with event invoke config', 'event invoke config on imported alias',
// 'can enable AutoScaling on aliases', 'can enable AutoScaling on aliases with Provisioned
// Concurrency set', 'validation for utilizationTarget does not fail when using Tokens',
// 'can autoscale on a schedule', 'scheduled scaling shows warning when minute is not defined in
// cron', 'scheduled scaling shows no warning when minute is * in cron', 'addFunctionUrl creates a
// function url'
'use strict';
const cdk = require('aws-cdk-lib');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
function newFn(stack, id, code, handler) {
  return new lambda.Function(stack, id || 'MyLambda', {
    code: new lambda.InlineCode(code || 'hello()'),
    handler: handler || 'index.hello',
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
}
{
  // 'can autoscale on a schedule' / 'scheduled scaling shows warning when minute is not defined'
  const stack = new cdk.Stack(app);
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  const target = alias.addAutoScaling({ maxCapacity: 5 });
  target.scaleOnSchedule('Scheduling', { schedule: appscaling.Schedule.cron({}), maxCapacity: 10 });
}
{
  const stack = new cdk.Stack(app, 'NoWarning');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  const target = alias.addAutoScaling({ maxCapacity: 5 });
  target.scaleOnSchedule('Scheduling', { schedule: appscaling.Schedule.cron({ minute: '*' }), maxCapacity: 10 });
}
{
  const stack = new cdk.Stack(app, 'VersionAndAliases');
  const fn = newFn(stack);
  const version = fn.addVersion('1');
  new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version });
}
{
  const stack = new cdk.Stack(app, 'Latest');
  const fn = newFn(stack);
  new lambda.Alias(stack, 'Alias', { aliasName: 'latest', version: fn.latestVersion });
}
{
  const stack = new cdk.Stack(app, 'NewVersion');
  const fn = newFn(stack);
  new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.addVersion('NewVersion') });
}
{
  const stack = new cdk.Stack(app, 'Additional');
  const fn = newFn(stack);
  const version1 = fn.addVersion('1');
  const version2 = fn.addVersion('2');
  new lambda.Alias(stack, 'Alias', {
    aliasName: 'prod', version: version1, additionalVersions: [{ version: version2, weight: 0.1 }],
  });
}
{
  const stack = new cdk.Stack(app, 'Provisioned');
  const fn = newFn(stack);
  const pce = 5;
  const version = fn.addVersion('1', undefined, 'testing', pce);
  new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version, provisionedConcurrentExecutions: pce });
}
{
  const stack = new cdk.Stack(app, 'Metric');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  new cloudwatch.Alarm(stack, 'Alarm', {
    metric: alias.metric('Test'), alarmName: 'Test', threshold: 1, evaluationPeriods: 1,
  });
}
{
  const stack = new cdk.Stack(app, 'FunctionName');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  new cdk.CfnOutput(stack, 'AliasFunctionName', { value: alias.functionName });
}
{
  const stack = new cdk.Stack(app, 'EventInvokeConfig');
  const fn = newFn(stack, 'fn', 'foo', 'index.handler');
  new lambda.Alias(stack, 'Alias', {
    aliasName: 'prod',
    version: fn.currentVersion,
    onSuccess: { bind: () => ({ destination: 'on-success-arn' }) },
  });
}
{
  const stack = new cdk.Stack(app, 'ImportedAlias');
  const fn = lambda.Version.fromVersionArn(stack, 'Fn', 'arn:aws:lambda:region:account-id:function:function-name:version');
  const alias = lambda.Alias.fromAliasAttributes(stack, 'Alias', { aliasName: 'alias-name', aliasVersion: fn });
  alias.configureAsyncInvoke({ retryAttempts: 1 });
}
{
  const stack = new cdk.Stack(app, 'AutoScaling');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  alias.addAutoScaling({ maxCapacity: 5 });
}
{
  const stack = new cdk.Stack(app, 'AutoScalingProvisioned');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', {
    aliasName: 'prod', version: fn.currentVersion, provisionedConcurrentExecutions: 10,
  });
  alias.addAutoScaling({ maxCapacity: 5 });
}
{
  const stack = new cdk.Stack(app, 'UtilizationToken');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', {
    aliasName: 'prod', version: fn.currentVersion, provisionedConcurrentExecutions: 10,
  });
  const target = alias.addAutoScaling({ maxCapacity: 5 });
  target.scaleOnUtilization({ utilizationTarget: cdk.Lazy.number({ produce: () => 0.95 }) });
}
{
  const stack = new cdk.Stack(app, 'AddFunctionUrl');
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  alias.addFunctionUrl();
}
app.synth();
