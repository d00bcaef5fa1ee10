// Conformance case 'iam-customize-roles-function': Role.customizeRoles(stack, {usePrecreatedRoles})
// and a Function whose execution role is then not created: the function's Role is the precreated
// role's ARN, the grant a queue gives it (grantConsumeMessages) and the function's managed policy go
// into iam-policy-report.txt / .json instead of the template. Ports aws-cdk
// packages/aws-cdk-lib/aws-iam/test/precreated-role.test.ts, 'precreatedRole report created'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.Role.customizeRoles(stack, {
  usePrecreatedRoles: {
    'TestStack/MyFunction/ServiceRole': 'my-function-role',
    'Other/ServiceRole': 'other-role', // relative to the scope
  },
});
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const queue = new sqs.Queue(stack, 'Queue');
queue.grantConsumeMessages(fn);
const other = new lambda.Function(stack, 'Other', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('bar'),
});
other.addToRolePolicy(new iam.PolicyStatement({
  actions: ['s3:GetObject'],
  resources: [`arn:${stack.partition}:s3:::bucket-${stack.region}-${stack.account}/*`, queue.queueUrl],
}));
queue.grantSendMessages(other);
new cdk.CfnOutput(stack, 'RoleName', { value: fn.role.roleName });
app.synth();
