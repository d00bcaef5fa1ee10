// Conformance case 'v2-adot-layer-arn': v2: AdotLambdaLayer*Version.layerArn(stack, architecture), exported
// Ported from aws-cdk: adot.test.ts 'is added properly when the region information is available at synthesis time',
// 'is added properly when using "LATEST" version' (Java and Python) and 'when the stack is region agnostic' / 'is added
// properly' (the ARNs are exported with stack.exportValue so the template shows them)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { region: 'us-west-2' } });
const fn = new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromAsset('lambda-handler'),
  handler: 'index.handler',
  runtime: lambda.Runtime.JAVA_11,
});
stack.exportValue(lambda.AdotLambdaLayerJavaSdkVersion.V1_31_0.layerArn(fn.stack, fn.architecture), { name: 'JavaV1310' });
stack.exportValue(lambda.AdotLambdaLayerJavaSdkVersion.LATEST.layerArn(fn.stack, fn.architecture), { name: 'JavaLatest' });
stack.exportValue(lambda.AdotLambdaLayerPythonSdkVersion.V1_20_0_1.layerArn(fn.stack, fn.architecture), { name: 'Python12001' });
stack.exportValue(lambda.AdotLambdaLayerPythonSdkVersion.LATEST.layerArn(fn.stack, fn.architecture), { name: 'PythonLatest' });

const agnostic = new cdk.Stack(app, 'region-agnostic-stack');
const armFn = new lambda.Function(agnostic, 'Function', {
  code: new lambda.InlineCode('FooBar'),
  handler: 'index.handler',
  // adot.test.ts uses NODEJS_LATEST; its effective runtime is a new Runtime that joins the global Runtime.ALL, which
  // changes the version hash of later apps run in the same worker process (imported layers hash Runtime.ALL)
  runtime: lambda.Runtime.NODEJS_20_X,
  architecture: lambda.Architecture.ARM_64,
});
agnostic.exportValue(lambda.AdotLambdaLayerJavaSdkVersion.LATEST.layerArn(agnostic, armFn.architecture), { name: 'LayerArn' });
agnostic.exportValue(lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_7_0.layerArn(agnostic, lambda.Architecture.X86_64), { name: 'JsLayerArn' });

app.synth();
