// Conformance case 'error-permission-unsupported-conditions': error: addPermission with a principal whose conditions Lambda cannot express
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.addPermission('S3Invocation', {
  principal: new iam.ServicePrincipal('s3.amazonaws.com').withConditions({
    StringLike: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket*' },
  }),
});
app.synth();
