// Conformance case 'v2-adot-agnostic': v2: adotInstrumentation in an environment-agnostic stack (the layer ARN as a region pattern), Python with INSTRUMENT_HANDLER, Java LATEST on arm64 with tracing DISABLED, Java 1.31.0 on arm64
// Ported from aws-cdk: adot.test.ts 'when the stack is region agnostic' / 'when the Python ADOT version is specified'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'region-agnostic-stack');

new lambda.Function(stack, 'PythonFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_11,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.V1_20_0_1),
    execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
  },
});

new lambda.Function(stack, 'JavaFunction', {
  code: lambda.Code.fromAsset('lambda-handler'),
  handler: 'index.handler',
  runtime: lambda.Runtime.JAVA_11,
  architecture: lambda.Architecture.ARM_64,
  tracing: lambda.Tracing.DISABLED,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});

new lambda.Function(stack, 'Java131Function', {
  code: lambda.Code.fromAsset('lambda-handler'),
  handler: 'index.handler',
  runtime: lambda.Runtime.JAVA_11,
  architecture: lambda.Architecture.ARM_64,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.V1_31_0),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});

app.synth();
