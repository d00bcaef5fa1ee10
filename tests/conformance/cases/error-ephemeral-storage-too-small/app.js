// Conformance case 'error-ephemeral-storage-too-small'
// Upstream: aws-lambda/test/function.test.ts 'throws if ephemeral storage size is out of bound' (511 MiB).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_LATEST,
  ephemeralStorageSize: cdk.Size.mebibytes(511),
});
app.synth();
