// Conformance case 'handler-code-from-bucket': Handler Code: `lambda.Code.fromBucket(bucket, key[, objectVersion])`
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const bucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromBucket(bucket, 'handlers/my-function.zip', 'v1.2.3-object-version'),
});

// without an object version (aws-cdk-lib adds a warning annotation, not a template change)
new lambda.Function(stack, 'MyUnversionedFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromBucket(bucket, 'handlers/my-function.zip'),
});

app.synth();
