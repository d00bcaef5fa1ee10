// Conformance case 'ported-lazy-role-read': aws-iam lazy-role.test.ts 'creates the resource when a
// property is read', ported literally (the stack `new cdk.Stack()` makes: 'Default').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const roleArn = new iam.LazyRole(stack, 'Lazy', {
  assumedBy: new iam.ServicePrincipal('test.service'),
}).roleArn;
void roleArn;
app.synth();
