// Conformance case 'ported-function-add-layer-deep-clone'
// Upstream: aws-lambda/test/function.test.ts 'add compatible layer for deep clone': the layer's
// compatible runtime is a deep clone of the function's (Runtime.PYTHON_3_7): runtimeEquals compares
// name, family and supportsInlineCode, not identity, so addLayers accepts it. (In C the clone is a
// copy of the runtime struct.)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
const code = new lambda.S3Code(bucket, 'ObjectKey');

const runtime = lambda.Runtime.PYTHON_3_7;
const func = new lambda.Function(stack, 'myFunc', {
  runtime,
  handler: 'index.handler',
  code,
});
const clone = Object.assign(Object.create(Object.getPrototypeOf(runtime)), JSON.parse(JSON.stringify(runtime)));
const layer = new lambda.LayerVersion(stack, 'myLayer', {
  code,
  compatibleRuntimes: [clone],
});
func.addLayers(layer);
app.synth();
