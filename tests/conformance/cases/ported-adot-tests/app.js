// Conformance case 'ported-adot-tests': aws-cdk's adot.test.ts (aws-lambda) ported literally: each
// describe's beforeEach stack ('stack' in us-west-2, its s3 Bucket 'CodeBucket', a JAVA_11 or
// PYTHON_3_11 Function from that bucket), the layer ARNs the tests compute exported (the tests compare
// strings; the Outputs show them), the Python describe's stack renamed 'PythonStack' (both are
// 'stack'); 'when the stack is region agnostic' as written (NODEJS_LATEST, arm64, export 'LayerArn').
// Ported from aws-cdk: adot.test.ts 'is added properly when the region information is available at
// synthesis time', 'is added properly when using "LATEST" version' (Java and Python), 'is added properly'
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
{
  // describe('when the stack region is specified and supported')
  const stack = new cdk.Stack(app, 'stack', { env: { region: 'us-west-2' } });
  const bucket = new s3.Bucket(stack, 'CodeBucket');
  const fn = new lambda.Function(stack, 'Function', {
    code: lambda.Code.fromBucket(bucket, 'mock_key'),
    handler: 'index.handler',
    runtime: lambda.Runtime.JAVA_11,
  });
  stack.exportValue(lambda.AdotLambdaLayerJavaSdkVersion.V1_31_0.layerArn(fn.stack, fn.architecture), { name: 'V1310' });
  stack.exportValue(lambda.AdotLambdaLayerJavaSdkVersion.LATEST.layerArn(fn.stack, fn.architecture), { name: 'Latest' });
}
{
  // describe('when the Python ADOT version is specified')
  const stack = new cdk.Stack(app, 'PythonStack', { env: { region: 'us-west-2' } });
  const bucket = new s3.Bucket(stack, 'CodeBucket');
  const fn = new lambda.Function(stack, 'Function', {
    code: lambda.Code.fromBucket(bucket, 'mock_key'),
    handler: 'index.handler',
    runtime: lambda.Runtime.PYTHON_3_11,
  });
  stack.exportValue(lambda.AdotLambdaLayerPythonSdkVersion.V1_20_0_1.layerArn(fn.stack, fn.architecture), { name: 'V12001' });
  stack.exportValue(lambda.AdotLambdaLayerPythonSdkVersion.LATEST.layerArn(fn.stack, fn.architecture), { name: 'Latest' });
}
{
  // describe('when the stack is region agnostic')
  const stack = new cdk.Stack(app, 'region-agnostic-stack');
  const fn = new lambda.Function(stack, 'Function', {
    code: new lambda.InlineCode('FooBar'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    architecture: lambda.Architecture.ARM_64,
  });
  const layerArn = lambda.AdotLambdaLayerJavaSdkVersion.LATEST.layerArn(stack, fn.architecture);
  fn.stack.exportValue(layerArn, {
    name: 'LayerArn',
  });
}

app.synth();
