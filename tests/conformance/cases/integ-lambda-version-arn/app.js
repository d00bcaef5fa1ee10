// Conformance case 'integ-lambda-version-arn': aws-lambda test/integ.lambda-version-arn.ts
// (the IntegTest and its describeStacks assertion are dropped; app.synth() added, as the integ
// runner synthesizes the app).
'use strict';
const { App, CfnOutput, Duration, Stack } = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new Stack(app, 'lambda-version-arn');

const func = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_10,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});

const version = new lambda.Version(stack, 'Version', {
  lambda: func,
  maxEventAge: Duration.hours(1),
  retryAttempts: 0,
});

new CfnOutput(stack, 'VersionArn', { value: version.functionArn });
new CfnOutput(stack, 'FunctionArn1', { value: version.lambda.functionArn });
new CfnOutput(stack, 'FunctionArn2', { value: func.functionArn });

app.synth();
