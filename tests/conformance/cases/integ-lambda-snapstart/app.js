// Conformance case 'integ-lambda-snapstart': aws-lambda test/integ.lambda-snapstart.ts (the
// IntegTest is dropped; app.synth() added, as the integ runner synthesizes the app;
// handler-snapstart.zip and dotnet-handler/ are small stand-ins of our own).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const path = require('path');
const { Code, Function, Runtime, SnapStartConf } = require('aws-cdk-lib/aws-lambda');

const app = new App();

const stack = new Stack(app, 'aws-cdk-lambda-runtime-management');

new Function(stack, 'JavaSnapstartLambda', {
  code: Code.fromAsset(path.join(__dirname, 'handler-snapstart.zip')),
  handler: 'Handler',
  runtime: Runtime.JAVA_11,
  snapStart: SnapStartConf.ON_PUBLISHED_VERSIONS,
});

new Function(stack, 'PythonSnapstartLambda', {
  code: Code.fromInline('pass'),
  handler: 'Handler',
  runtime: Runtime.PYTHON_3_12,
  snapStart: SnapStartConf.ON_PUBLISHED_VERSIONS,
});

new Function(stack, 'DotnetSnapstartLambda', {
  code: Code.fromAsset('dotnet-handler'),
  handler: 'Handler',
  runtime: Runtime.DOTNET_8,
  snapStart: SnapStartConf.ON_PUBLISHED_VERSIONS,
});

app.synth();
