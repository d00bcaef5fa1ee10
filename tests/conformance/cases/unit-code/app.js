// Conformance case 'unit-code'
// Upstream: aws-lambda/test/code.test.ts 'only one Asset object gets created even if multiple
// functions use the same AssetCode' (default synthesizer), 'adds code asset metadata', and
// lambda.Code.fromCfnParameters: 'automatically creates the Bucket and Key parameters', 'allows
// passing custom Parameters', 'can assign parameters' (the overrides as a resource's properties).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('aws:cdk:enable-asset-metadata', true);
const directoryAsset = lambda.Code.fromAsset('my-lambda-handler');
new lambda.Function(stack, 'Func1', { handler: 'foom', runtime: lambda.Runtime.NODEJS_LATEST, code: directoryAsset });
new lambda.Function(stack, 'Func2', { handler: 'foom', runtime: lambda.Runtime.NODEJS_LATEST, code: directoryAsset });

const code = new lambda.CfnParametersCode();
new lambda.Function(stack, 'Function', { code, runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler' });
new cdk.CfnOutput(stack, 'BucketNameParamOut', { value: code.bucketNameParam });
new cdk.CfnOutput(stack, 'ObjectKeyParamOut', { value: code.objectKeyParam });

const bucketNameParam = new cdk.CfnParameter(stack, 'BucketNameParam', { type: 'String' });
const bucketKeyParam = new cdk.CfnParameter(stack, 'ObjectKeyParam', { type: 'String' });
const code2 = lambda.Code.fromCfnParameters({ bucketNameParam, objectKeyParam: bucketKeyParam });
new lambda.Function(stack, 'Function2', { code: code2, runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler' });
new cdk.CfnResource(stack, 'Overrides', {
  type: 'Custom::Overrides',
  properties: code2.assign({ bucketName: 'SomeBucketName', objectKey: 'SomeObjectKey' }),
});
app.synth();
