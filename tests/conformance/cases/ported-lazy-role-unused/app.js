// Conformance case 'ported-lazy-role-unused': aws-iam lazy-role.test.ts 'creates no resource when
// unused', ported literally (the stack `new cdk.Stack()` makes: 'Default').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new iam.LazyRole(stack, 'Lazy', {
  assumedBy: new iam.ServicePrincipal('test.service'),
});
app.synth();
