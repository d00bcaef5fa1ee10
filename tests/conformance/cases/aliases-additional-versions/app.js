// Conformance case 'aliases-additional-versions': an Alias shifting traffic between two versions, with
// provisioned concurrency, async invoke options, permissions, a function URL and an imported alias.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const v1 = new lambda.Version(stack, 'V1', { lambda: fn });
const v2 = new lambda.Version(stack, 'V2', { lambda: fn, description: 'two' });
const alias = new lambda.Alias(stack, 'Live', {
  aliasName: 'live',
  version: v2,
  description: 'canary',
  additionalVersions: [{ version: v1, weight: 0.1 }, { version: fn.currentVersion, weight: 0.2 }],
  provisionedConcurrentExecutions: 3,
  maxEventAge: cdk.Duration.minutes(5),
  retryAttempts: 0,
});
alias.grantInvoke(new iam.AccountPrincipal('123456789012'));
alias.addPermission('Sns', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceArn: 'arn:aws:sns:us-east-1:123456789012:topic' });
const url = alias.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
  cors: {
    allowCredentials: true,
    allowedHeaders: ['X-Custom'],
    allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
    allowedOrigins: ['*'],
    exposedHeaders: ['X-Out'],
    maxAge: cdk.Duration.hours(1),
  },
});
const imported = lambda.Alias.fromAliasAttributes(stack, 'ImportedAlias', { aliasName: 'old', aliasVersion: v1 });
new cdk.CfnOutput(stack, 'Url', { value: url.url });
new cdk.CfnOutput(stack, 'UrlFunctionArn', { value: url.functionArn });
new cdk.CfnOutput(stack, 'AliasName', { value: alias.functionName });
new cdk.CfnOutput(stack, 'ImportedArn', { value: imported.functionArn });
app.synth();
