// Conformance case 'iam-customize-roles-missing': Role.customizeRoles(stack) without precreated role
// names (preventSynthesis by default): a Function's execution role is "missing role" in the
// policy report, its ARN has no name, and aws-cdk-lib's MissingPrecreatedRoleName error is in the
// stack's metadata (app.synth() goes on; the cdk CLI fails on it). Ports aws-cdk
// packages/aws-cdk-lib/aws-iam/test/role.test.ts, 'customizeRoles'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.Role.customizeRoles(stack);
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const queue = new sqs.Queue(stack, 'Queue');
queue.grantConsumeMessages(fn);
app.synth();
