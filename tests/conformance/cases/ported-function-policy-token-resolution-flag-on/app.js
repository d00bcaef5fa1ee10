// Conformance case 'ported-function-policy-token-resolution-flag-on': aws-cdk's
// function-policy-statement-token-resolution.test.ts (aws-lambda) 'respects feature flag when enabled -
// always creates separate policies' ported literally: the flag true in the App's context, the Default
// stack, the parameter made between the two addToRolePolicy calls.
// Ported from aws-cdk: function-policy-statement-token-resolution.test.ts 'respects feature flag when
// enabled - always creates separate policies'
'use strict';
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: {
    [cxapi.LAMBDA_CREATE_NEW_POLICIES_WITH_ADDTOROLEPOLICY]: true,
  },
});
const stack = new cdk.Stack(app);
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('test'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.test',
});
fn.addToRolePolicy(new iam.PolicyStatement({
  actions: ['s3:ListBucket'],
  resources: ['arn:aws:s3:::static-bucket'],
}));
const bucketListParam = new cdk.CfnParameter(stack, 'BucketList', {
  type: 'String',
  default: 'bucket1,bucket2,bucket3',
});
fn.addToRolePolicy(new iam.PolicyStatement({
  actions: ['s3:GetObject'],
  resources: cdk.Fn.split(',', bucketListParam.valueAsString),
}));

app.synth();
