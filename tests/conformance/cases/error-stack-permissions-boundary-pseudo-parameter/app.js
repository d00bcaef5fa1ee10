// Conformance case 'error-stack-permissions-boundary-pseudo-parameter': error: a permissions
// boundary ARN with ${AWS::AccountId} in an environment-agnostic stack ("The permissions boundary
// ... includes a pseudo parameter, which is not supported for environment agnostic stacks")
// — stack.test.ts
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'Stack', {
  permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::${AWS::AccountId}:policy/valid'),
});
app.synth();
