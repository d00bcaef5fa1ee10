// Conformance case 'unit-alias'
// Upstream: aws-lambda/test/alias.test.ts, its tests that synthesize, in one stack ('version and
// aliases' and 'additional versions' with lambda.Version in place of the removed addVersion).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const newFn = (id) => new lambda.Function(stack, id, {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_14_X,
});

// 'version and aliases', 'can add additional versions to alias', provisioned execution
const fn = newFn('MyLambda');
const v1 = new lambda.Version(stack, 'Version1', { lambda: fn });
const v2 = new lambda.Version(stack, 'Version2', { lambda: fn, provisionedConcurrentExecutions: 5 });
new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: v1 });
new lambda.Alias(stack, 'WeightedAlias', {
  aliasName: 'weighted', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }],
});
new lambda.Alias(stack, 'PceAlias', { aliasName: 'pce', version: v2, provisionedConcurrentExecutions: 5 });
// 'can create an alias to $LATEST'
new lambda.Alias(stack, 'LatestAlias', { aliasName: 'latest', version: fn.latestVersion });

// 'metric adds Resource: aliasArn to dimensions', 'functionName is derived from the aliasArn'
const mfn = newFn('MetricLambda');
const malias = new lambda.Alias(stack, 'MetricAlias', { aliasName: 'prod', version: mfn.currentVersion });
new cloudwatch.Alarm(stack, 'Alarm', {
  metric: malias.metric('Test'), alarmName: 'Test', threshold: 1, evaluationPeriods: 1,
});
new cdk.CfnOutput(stack, 'AliasFunctionName', { value: malias.functionName });
new cdk.CfnOutput(stack, 'AliasFunctionArn', { value: malias.functionArn });

// 'with event invoke config'
const efn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_14_X,
});
new lambda.Alias(stack, 'AsyncAlias', {
  aliasName: 'prod', version: efn.currentVersion,
  onSuccess: { bind: () => ({ destination: 'on-success-arn' }) },
});

// 'event invoke config on imported alias'
const iv = lambda.Version.fromVersionArn(stack, 'Fn', 'arn:aws:lambda:region:account-id:function:function-name:version');
const ialias = lambda.Alias.fromAliasAttributes(stack, 'ImportedAlias', { aliasName: 'alias-name', aliasVersion: iv });
ialias.configureAsyncInvoke({ retryAttempts: 1 });

// 'can enable AutoScaling on aliases with Provisioned Concurrency set', utilization with a token
const sfn = newFn('ScaledLambda');
const salias = new lambda.Alias(stack, 'ScaledAlias', {
  aliasName: 'prod', version: sfn.currentVersion, provisionedConcurrentExecutions: 10,
});
const starget = salias.addAutoScaling({ maxCapacity: 5 });
starget.scaleOnUtilization({ utilizationTarget: cdk.Lazy.number({ produce: () => 0.95 }) });

// 'can autoscale on a schedule' (and its warning), 'no warning when minute is * in cron'
const cfn = newFn('CronLambda');
const calias = new lambda.Alias(stack, 'CronAlias', { aliasName: 'prod', version: cfn.currentVersion });
calias.addAutoScaling({ maxCapacity: 5 }).scaleOnSchedule('Scheduling', {
  schedule: appscaling.Schedule.cron({}), maxCapacity: 10,
});
const c2fn = newFn('Cron2Lambda');
const c2alias = new lambda.Alias(stack, 'Cron2Alias', { aliasName: 'prod', version: c2fn.currentVersion });
c2alias.addAutoScaling({ maxCapacity: 5 }).scaleOnSchedule('Scheduling', {
  schedule: appscaling.Schedule.cron({ minute: '*' }), maxCapacity: 10,
});

// 'addFunctionUrl creates a function url'
const ufn = newFn('UrlLambda');
new lambda.Alias(stack, 'UrlAlias', { aliasName: 'prod', version: ufn.currentVersion }).addFunctionUrl();

app.synth();
