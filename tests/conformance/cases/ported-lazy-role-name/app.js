// Conformance case 'ported-lazy-role-name': aws-iam lazy-role.test.ts 'returns appropriate roleName',
// ported literally (the stack `new cdk.Stack()` makes: 'Default'); stack.resolve(role.roleName) in an
// output.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const role = new iam.LazyRole(stack, 'Lazy', {
  assumedBy: new iam.ServicePrincipal('test.service'),
});
new cdk.CfnOutput(stack, 'RoleName', { value: role.roleName });
app.synth();
