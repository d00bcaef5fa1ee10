// Conformance case 'v2-adot-javascript': v2: adotInstrumentation with a JavaScript SDK layer version in us-west-2 (tracing becomes Active), and the generic LATEST on arm64 with tracing PASS_THROUGH
// Ported from aws-cdk: adot.test.ts 'is added properly when the region information is available at synthesis time'; function.test.ts, its adotInstrumentation tests (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { region: 'us-west-2' } });

new lambda.Function(stack, 'Function', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_7_0),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});

new lambda.Function(stack, 'GenericFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  architecture: lambda.Architecture.ARM_64,
  tracing: lambda.Tracing.PASS_THROUGH,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromGenericLayerVersion(lambda.AdotLambdaLayerGenericVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.PROXY_HANDLER,
  },
});

app.synth();
