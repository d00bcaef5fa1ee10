// Conformance case 'webfunction-asset-retained': revisions kept with RemovalPolicy.RETAIN and
// RETAIN_ON_UPDATE_OR_DELETE: their Custom::S3ObjectCopy takes the revision's DeletionPolicy and
// UpdateReplacePolicy; the managed code bucket, its policy and auto-delete resource are kept too
// (the warning @aws-cdk/aws-lambda:webFunctionManagedBucketRetained), and so is the policy of a
// provided bucket.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dir = path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app');
const base = {
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const managed = new lambda.WebFunction(stack, 'Managed', { ...base, code: lambda.WebFunctionCode.fromAssetToManagedBucket(dir) });
managed.resourceRevision.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

const bucket = new s3.Bucket(stack, 'CodeBucket', { versioned: true });
const provided = new lambda.WebFunction(stack, 'Provided', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(bucket, dir),
});
provided.resourceRevision.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);

app.synth();
