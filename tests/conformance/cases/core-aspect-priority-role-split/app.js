// Conformance case 'core-aspect-priority-role-split': a user aspect (DEFAULT priority) that grows a
// role's policy past the inline limit, against the role's own policy-splitting aspect, which
// aws-cdk-lib adds with mutatingAspectPrio32333: MUTATING under @aws-cdk/core:aspectPrioritiesMutating
// (the cli+init context), where it runs first and splits nothing, else DEFAULT, where the user's
// (inherited) runs first and the policy is split into managed policies; and a stack permissions
// boundary (an aspect of the same priority) on the policies the split made.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', {
  permissionsBoundary: cdk.PermissionsBoundary.fromName('team-boundary'),
});
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const role = fn.role;

class GrowPolicy {
  visit(node) {
    if (node !== role) return;
    for (let i = 0; i < 150; i++) {
      role.addToPolicy(new iam.PolicyStatement({
        actions: [`s3:GetObject`],
        resources: [`arn:aws:s3:::a-bucket-with-a-rather-long-name-for-team-${i}/some/deeply/nested/prefix/that/is/long/*`],
      }));
    }
  }
}
cdk.Aspects.of(stack).add(new GrowPolicy());
app.synth();
