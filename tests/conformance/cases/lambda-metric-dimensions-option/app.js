// Conformance case 'lambda-metric-dimensions-option': a dimensionsMap in the options of fn.metric*
// replaces the function's dimensions (FunctionBase.metric spreads the options over
// {dimensionsMap: {FunctionName}}), for a function, a version and an alias.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('foo'),
});
const version = fn.currentVersion;
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version });
const dims = { dimensionsMap: { FunctionName: 'other', Extra: 'x' } };
for (const [id, metric] of [
  ['FunctionErrors', fn.metricErrors(dims)],
  ['FunctionMetric', fn.metric('ConcurrentExecutions', dims)],
  ['VersionErrors', version.metricErrors(dims)],
  ['AliasInvocations', alias.metricInvocations(dims)],
]) {
  new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
}
app.synth();
