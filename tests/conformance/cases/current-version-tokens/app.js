// Conformance case 'current-version-tokens': currentVersion of a function whose properties hold tokens
// (references to other resources, pseudo parameters), and of a function from an S3 bucket.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Queue');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  description: `Function in ${stack.region} for ${stack.account}`,
  environment: { QUEUE_URL: queue.queueUrl, REGION: cdk.Aws.REGION, STATIC: 'x' },
});
fn.addAlias('prod', { description: 'production' });
const fromBucket = new lambda.Function(stack, 'FromBucket', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  // an imported bucket, as app.c makes it (tree.json lists it)
  code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-bucket'), 'code.zip', 'v1'),
  deadLetterQueue: queue,
});
new cdk.CfnOutput(stack, 'BucketFnVersion', { value: fromBucket.currentVersion.version });
app.synth();
