// Conformance case 'versions-imported-aliases-urls'
// Upstream: none (the edges of lambda-version.test.ts / alias.test.ts / function-url.test.ts on
// imports): addAlias on imported versions (Version.fromVersionArn, with options, and
// fromVersionAttributes of a new function), URLs on those aliases and on an imported alias
// (Alias.fromAliasAttributes), grantInvokeUrl through a URL and on the aliases; URLs of
// imported functions.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('1234') });

// an imported version by ARN: addAlias with options, a URL with CORS on the alias
const byArn = lambda.Version.fromVersionArn(stack, 'ByArn', 'arn:aws:lambda:us-east-1:123456789012:function:fn-name:7');
const live = byArn.addAlias('live', { provisionedConcurrentExecutions: 3, description: 'live alias' });
const liveUrl = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedOrigins: ['*'], exposedHeaders: ['X-Amz-Id'], maxAge: cdk.Duration.days(1) },
});
liveUrl.grantInvokeUrl(role);

// an imported version of a new function: addAlias, a streaming URL
const fn = new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('hello()'), handler: 'index.hello', runtime: lambda.Runtime.NODEJS_20_X,
});
const byAttrs = lambda.Version.fromVersionAttributes(stack, 'ByAttrs', { lambda: fn, version: '3' });
const beta = byAttrs.addAlias('beta', { retryAttempts: 1 });
new lambda.FunctionUrl(stack, 'BetaUrl', { function: beta, invokeMode: lambda.InvokeMode.RESPONSE_STREAM });
beta.grantInvokeUrl(role);

// an imported alias: a URL, grantInvokeUrl on the alias
const importedAlias = lambda.Alias.fromAliasAttributes(stack, 'ImportedAlias', { aliasName: 'prod', aliasVersion: byArn });
importedAlias.addFunctionUrl();
importedAlias.grantInvokeUrl(role);

// URLs of imported functions: by ARN (NONE: a Permission it cannot add, a warning) and of the same
// environment by attributes
const importedFn = lambda.Function.fromFunctionArn(stack, 'ImportedFn', 'arn:aws:lambda:us-east-1:210987654321:function:other');
importedFn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
const sameFn = lambda.Function.fromFunctionAttributes(stack, 'SameFn', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:same', sameEnvironment: true,
});
sameFn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, invokeMode: lambda.InvokeMode.BUFFERED });

new cdk.CfnOutput(stack, 'LiveUrl', { value: liveUrl.url });
new cdk.CfnOutput(stack, 'LiveArn', { value: live.functionArn });
new cdk.CfnOutput(stack, 'BetaName', { value: beta.functionName });
app.synth();
