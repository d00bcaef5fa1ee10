// Conformance case 'destinations-s3': an s3.Bucket as destination (grantRead and grantPut; the put
// statement follows @aws-cdk/aws-s3:grantWriteWithoutAcl, on in cli+init), and on a version.
// Upstream: destinations.test.ts's 'sqs as destination' with S3Destination (lib/s3.ts); the test
// file read has no S3 test.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const lambdaProps = {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
};

const bucket = new s3.Bucket(stack, 'Bucket');
const fn = new lambda.Function(stack, 'Function', {
  ...lambdaProps,
  onFailure: new destinations.S3Destination(bucket),
});

const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'my-destination-bucket');
new lambda.Version(stack, 'Version', {
  lambda: fn,
  onSuccess: new destinations.S3Destination(imported),
});

app.synth();
