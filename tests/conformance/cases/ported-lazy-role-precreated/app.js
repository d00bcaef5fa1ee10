// Conformance case 'ported-lazy-role-precreated': aws-iam lazy-role.test.ts 'does not create role
// when using precreatedRoles', ported literally.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
iam.Role.customizeRoles(stack, {
  usePrecreatedRoles: {
    'MyStack/Lazy/Default': 'MyRoleName',
  },
});
const roleArn = new iam.LazyRole(stack, 'Lazy', {
  assumedBy: new iam.ServicePrincipal('test.service'),
}).roleArn;
void roleArn;
app.synth();
