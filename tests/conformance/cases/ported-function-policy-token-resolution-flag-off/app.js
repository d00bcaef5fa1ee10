// Conformance case 'ported-function-policy-token-resolution-flag-off': aws-cdk's
// function-policy-statement-token-resolution.test.ts (aws-lambda) ported literally, its tests with
// @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy false in the App's context: 'separates
// mixed array token and literal statements to prevent conflicts' in the Default stack (its inline
// policy's name without the stack's name), the other four a stack each (their ids collide).
// Ported from aws-cdk: function-policy-statement-token-resolution.test.ts 'consolidates homogeneous
// array token statements into ServiceRoleDefaultPolicy', 'consolidates homogeneous literal statements
// into ServiceRoleDefaultPolicy', 'separates mixed array token and literal statements to prevent
// conflicts', 'separates mixed literal and array token statements to prevent conflicts (reverse
// order)', 'handles CommaDelimitedList parameter as array token'
'use strict';
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: {
    [cxapi.LAMBDA_CREATE_NEW_POLICIES_WITH_ADDTOROLEPOLICY]: false,
  },
});
const myLambda = (stack) => new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('test'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.test',
});
const bucketList = (stack) => new cdk.CfnParameter(stack, 'BucketList', {
  type: 'String',
  default: 'bucket1,bucket2,bucket3',
});

{
  // 'separates mixed array token and literal statements to prevent conflicts'
  const stack = new cdk.Stack(app);
  const fn = myLambda(stack);
  const bucketListParam = bucketList(stack);
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'],
    resources: cdk.Fn.split(',', bucketListParam.valueAsString),
  }));
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: ['arn:aws:s3:::static-bucket'],
  }));
}
{
  // 'consolidates homogeneous array token statements into ServiceRoleDefaultPolicy'
  const stack = new cdk.Stack(app, 'HomogeneousTokens');
  const fn = myLambda(stack);
  const bucketListParam = bucketList(stack);
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'],
    resources: cdk.Fn.split(',', bucketListParam.valueAsString),
  }));
}
{
  // 'consolidates homogeneous literal statements into ServiceRoleDefaultPolicy'
  const stack = new cdk.Stack(app, 'HomogeneousLiterals');
  const fn = myLambda(stack);
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'],
    resources: ['arn:aws:s3:::bucket1/*'],
  }));
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: ['arn:aws:s3:::bucket2'],
  }));
}
{
  // 'separates mixed literal and array token statements to prevent conflicts (reverse order)'
  const stack = new cdk.Stack(app, 'ReverseOrder');
  const fn = myLambda(stack);
  const bucketListParam = bucketList(stack);
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: ['arn:aws:s3:::static-bucket'],
  }));
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'],
    resources: cdk.Fn.split(',', bucketListParam.valueAsString),
  }));
}
{
  // 'handles CommaDelimitedList parameter as array token'
  const stack = new cdk.Stack(app, 'CommaDelimitedList');
  const fn = myLambda(stack);
  const resourceListParam = new cdk.CfnParameter(stack, 'ResourceList', {
    type: 'CommaDelimitedList',
    default: 'arn:aws:s3:::bucket1/*,arn:aws:s3:::bucket2/*',
  });
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'],
    resources: resourceListParam.valueAsList,
  }));
}

app.synth();
