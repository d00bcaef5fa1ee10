// Conformance case 'error-webfunction-endpoint-cross-stack-token-name': error: a grant on a
// WebFunctionEndpoint in another stack whose endpointName is a parameter: "Cannot add to the
// resource-based policy for an endpoint in a different stack ..."
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');
const base = {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'v1'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const fn = new lambda.WebFunction(stack, 'Web', base);
const other = new cdk.Stack(app, 'OtherStack');
const name = new cdk.CfnParameter(other, 'Name', { type: 'String' });
const endpoint = new lambda.WebFunctionEndpoint(other, 'Endpoint', {
  webFunction: fn,
  traffic: lambda.WebFunctionTraffic.single(fn.revisionId),
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  endpointName: name.valueAsString,
});
endpoint.grants.invoke(new iam.ServicePrincipal('events.amazonaws.com'));

app.synth();
