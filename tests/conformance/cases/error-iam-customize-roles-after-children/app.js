// Conformance case 'error-iam-customize-roles-after-children': Role.customizeRoles sets context on
// its scope, which node.setContext refuses once the scope has children.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'MyFunction/ServiceRole': 'my-role' } });
app.synth();
