// Conformance case 'iam-customize-roles-no-prevent': Role.customizeRoles(stack, {preventSynthesis:
// false}): the roles are still created (a Function's CfnRole, and its DependsOn), but aws-cdk-lib
// gives them the precreated role's ARN without a name ("arn:...:role") and sends their grants to the
// policy report, where each role is "missing role" (no error).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
iam.Role.customizeRoles(stack, { preventSynthesis: false, usePrecreatedRoles: { 'MyFunction/ServiceRole': 'unused' } });
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const queue = new sqs.Queue(stack, 'Queue');
queue.grantConsumeMessages(fn);
app.synth();
