// Conformance case 's3-cloudtrail-events': a bucket's CloudTrail events as events Rules with a Lambda
// target, as aws-cdk's bucket.test.ts writes them: onCloudTrailPutObject (the bucket's ARN),
// onCloudTrailWriteObject with paths (arnForObjects per path, requestParameters.key), onCloudTrailEvent
// with a rule name, description and an extra pattern, and on an imported bucket.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const bucket = new s3.Bucket(stack, 'Bucket');
bucket.onCloudTrailPutObject('PutRule', { target: new targets.LambdaFunction(fn) });
bucket.onCloudTrailWriteObject('WriteRule', {
  target: new targets.LambdaFunction(fn, { retryAttempts: 2 }),
  paths: ['uploads/*', 'images/a.png'],
});
bucket.onCloudTrailEvent('AnyRule', {
  ruleName: 'bucket-any-event',
  description: 'every CloudTrail event of the bucket',
  eventPattern: { account: ['123456789012'] },
});
const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'my-imported-bucket');
imported.onCloudTrailWriteObject('ImportedWrite', { target: new targets.LambdaFunction(fn) });
app.synth();
