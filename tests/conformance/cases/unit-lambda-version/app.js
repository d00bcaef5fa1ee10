// Conformance case 'unit-lambda-version'
// Upstream: aws-lambda/test/lambda-version.test.ts, its tests that synthesize, in one stack (ids
// renamed where two tests share one), with the tests' custom runtime 'node99.x'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const THE_RUNTIME = new lambda.Runtime('node99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
cdk.Validations.of(stack).acknowledge(
  { id: 'CloudFormation-Validate::E3071', reason: 'Tests intentionally use a bogus runtime' },
  { id: 'CloudFormation-Validate::W3030', reason: 'Tests intentionally use a bogus runtime' },
);

// 'can import a Lambda version by ARN'
const imported = lambda.Version.fromVersionArn(stack, 'ImportedByArn', 'arn:aws:lambda:region:account-id:function:function-name:version');
new cdk.CfnOutput(stack, 'ARN', { value: imported.functionArn });
new cdk.CfnOutput(stack, 'Name', { value: imported.functionName });
new cdk.CfnOutput(stack, 'FunctionArn', { value: imported.lambda.functionArn });

// 'can import an imported Lambda version by ARN', 'create a version with event invoke config'
const fn = new lambda.Function(stack, 'Fn', {
  runtime: THE_RUNTIME, handler: 'index.handler', code: lambda.Code.fromInline('foo'),
});
const version = new lambda.Version(stack, 'Version', { lambda: fn, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0 });
const reimported = lambda.Version.fromVersionArn(stack, 'ImportedVersion', version.functionArn);
new cdk.CfnOutput(stack, 'ReimportedArn', { value: reimported.functionArn });
new cdk.CfnOutput(stack, 'ReimportedName', { value: reimported.functionName });
new cdk.CfnOutput(stack, 'ReimportedVersion', { value: reimported.version });

// 'event invoke config on imported versions'
const version1 = lambda.Version.fromVersionArn(stack, 'Version1', 'arn:aws:lambda:region:account-id:function:function-name:version1');
const version2 = lambda.Version.fromVersionArn(stack, 'Version2', 'arn:aws:lambda:region:account-id:function:function-name:version2');
version1.configureAsyncInvoke({ retryAttempts: 1 });
version2.configureAsyncInvoke({ retryAttempts: 0 });

// 'addAlias can be used to add an alias that points to a version', 'edgeArn'
fn.currentVersion.addAlias('foo');
new cdk.CfnOutput(stack, 'EdgeArn', { value: fn.currentVersion.edgeArn });

// 'provisionedConcurrentExecutions can be a token'
const fn2 = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'), handler: 'index.hello', runtime: lambda.Runtime.NODEJS_LATEST,
});
const pce = new cdk.CfnParameter(stack, 'ProvisionedConcurrentExecutions', { type: 'Number' });
new lambda.Version(stack, 'PceVersion', { lambda: fn2, provisionedConcurrentExecutions: pce.valueAsNumber });

// 'version scaling configuration'
new lambda.Version(stack, 'MinMaxVersion', { lambda: fn2, minExecutionEnvironments: 1, maxExecutionEnvironments: 10 });
new lambda.Version(stack, 'MinVersion', { lambda: fn2, minExecutionEnvironments: 2 });
new lambda.Version(stack, 'MaxVersion', { lambda: fn2, maxExecutionEnvironments: 5 });
new lambda.Version(stack, 'TokenVersion', {
  lambda: fn2,
  minExecutionEnvironments: cdk.Token.asNumber(cdk.Fn.ref('MinEnvParam')),
  maxExecutionEnvironments: cdk.Token.asNumber(cdk.Fn.ref('MaxEnvParam')),
});

app.synth();
