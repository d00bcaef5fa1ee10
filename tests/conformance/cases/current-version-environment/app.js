// Conformance case 'current-version-environment': currentVersion with environment variables (sorted once
// currentVersion is read, including variables added afterwards), invalidateVersionBasedOn, a Version output.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  environment: { ZED: 'z', ALPHA: 'a', Mid: 'm' },
  memorySize: 256,
  timeout: cdk.Duration.seconds(30),
});
const version = fn.currentVersion;
fn.addEnvironment('BETA', 'b');
fn.invalidateVersionBasedOn('2024-01-01');
new cdk.CfnOutput(stack, 'VersionArn', { value: version.functionArn });
new cdk.CfnOutput(stack, 'Version', { value: version.version });
app.synth();
