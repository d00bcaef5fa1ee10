// Conformance case 'error-adot-layer-no-facts': error: AdotLambdaLayerPythonSdkVersion.V1_14_0's
// layerArn in an environment-agnostic stack: aws-cdk-lib 2.276.0 has no region fact for the version at
// all (region-info's "don't have any information" error, not the ADOT layer's own)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'region-agnostic-stack');
new lambda.Function(stack, 'Function', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_11,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.V1_14_0),
    execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
  },
});

app.synth();
