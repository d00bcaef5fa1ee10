// Conformance case 'error-lambda-s3-reference-imported-without-version': error: s3ObjectStorageMode
// REFERENCE without an objectVersion, for a layer's code in an imported bucket (the error is on the
// bucket's path)
// Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = s3.Bucket.fromBucketName(stack, 'Imported', 'code-bucket');
new lambda.LayerVersion(stack, 'Layer', {
  code: lambda.Code.fromBucketV2(bucket, 'layer.zip', { s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }),
});
app.synth();
