// Conformance case 'versions-aliases-urls-metrics': function URLs with invokeMode and on aliases,
// provisioned concurrency given as a token, Version.fromVersionArn / fromVersionAttributes,
// Alias.fromAliasAttributes, and the metrics of aliases, versions and their imports.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function-url.test.ts ('function url with
// invokeMode RESPONSE_STREAM', 'can create a url for an alias'), alias.test.ts ('alias exposes real
// Lambdas role', 'metric adds Resource: aliasArn to dimensions', 'provisionedConcurrentExecutions
// can be a token', 'can use Alias.fromAliasAttributes'), lambda-version.test.ts
// ('can import a Lambda version by ARN', 'version.metric', 'provisioned concurrency as a token').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const concurrency = new cdk.CfnParameter(stack, 'Concurrency', { type: 'Number' });

// URLs: RESPONSE_STREAM on the function, BUFFERED on an alias, and a FunctionUrl of an alias
fn.addFunctionUrl({ invokeMode: lambda.InvokeMode.RESPONSE_STREAM, authType: lambda.FunctionUrlAuthType.NONE });
const version = new lambda.Version(stack, 'Version', {
  lambda: fn,
  provisionedConcurrentExecutions: concurrency.valueAsNumber,
});
const alias = new lambda.Alias(stack, 'Alias', {
  aliasName: 'prod',
  version,
  provisionedConcurrentExecutions: concurrency.valueAsNumber,
});
const aliasUrl = alias.addFunctionUrl({ invokeMode: lambda.InvokeMode.BUFFERED });
const other = fn.addAlias('other');
new lambda.FunctionUrl(stack, 'OtherUrl', { function: other, authType: lambda.FunctionUrlAuthType.NONE });
aliasUrl.grantInvokeUrl(new iam.AccountPrincipal('111122223333'));
new cdk.CfnOutput(stack, 'AliasUrl', { value: aliasUrl.url });

// metrics: an alias (FunctionName and Resource "<function>:<alias>"), a version, the imports
const alarm = (id, metric) => new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
alarm('AliasErrors', alias.metricErrors());
alarm('AliasInvocations', alias.metric('Invocations', { statistic: 'Sum' }));
alarm('OtherThrottles', other.metricThrottles());
alarm('VersionDuration', version.metricDuration());

// imports
const byArn = lambda.Version.fromVersionArn(stack, 'ByArn', 'arn:aws:lambda:us-east-1:123456789012:function:imported:7');
byArn.addPermission('Invoke', { principal: new iam.ServicePrincipal('events.amazonaws.com') });
byArn.grantInvoke(new iam.AccountPrincipal('111122223333'));
alarm('ByArnErrors', byArn.metricErrors());
new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.functionName });
new cdk.CfnOutput(stack, 'ByArnVersion', { value: byArn.version });
const byAttrs = lambda.Version.fromVersionAttributes(stack, 'ByAttrs', { version: '3', lambda: fn });
byAttrs.addPermission('Invoke', { principal: new iam.ServicePrincipal('events.amazonaws.com') });
alarm('ByAttrsErrors', byAttrs.metricErrors());
const importedAlias = lambda.Alias.fromAliasAttributes(stack, 'ImportedAlias', { aliasName: 'blue', aliasVersion: byAttrs });
importedAlias.addPermission('Invoke', { principal: new iam.AccountRootPrincipal() });
alarm('ImportedAliasErrors', importedAlias.metricErrors());
new cdk.CfnOutput(stack, 'ImportedAliasArn', { value: importedAlias.functionArn });

app.synth();
