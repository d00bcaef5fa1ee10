// Conformance case 'iam-customize-roles-log-retention': under Role.customizeRoles, a Function with
// logRetention: the LogRetention provider's Role (an iam.Role) is precreated too, and its
// statements (logs:PutRetentionPolicy, logs:DeleteRetentionPolicy) go into the policy report.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.Role.customizeRoles(stack, {
  usePrecreatedRoles: {
    'TestStack/MyFunction/ServiceRole': 'fn-role',
    'TestStack/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/ServiceRole': 'log-retention-role',
  },
});
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  logRetention: logs.RetentionDays.ONE_WEEK,
});
app.synth();
