// Conformance case 'iam-canonical-user-principal': a bucket policy statement for a
// CanonicalUserPrincipal ({"CanonicalUser": id}), beside a service principal, read by a function
// whose code is in the bucket.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CanonicalStack');
const bucket = new s3.Bucket(stack, 'Bucket');
bucket.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['s3:GetObject'],
  resources: [bucket.arnForObjects('*')],
  principals: [new iam.CanonicalUserPrincipal('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'),
    new iam.ServicePrincipal('cloudfront.amazonaws.com')],
}));
new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromBucket(bucket, 'code.zip'),
});
app.synth();
