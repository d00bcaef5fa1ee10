// Conformance case 'error-iam-lazy-role-id-precreated': error: lazyRole.roleId under customizeRoles' usePrecreatedRoles: the precreated role has no roleId.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'MyStack/Lazy/Default': 'MyRoleName' } });
const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('test.service') });
void role.roleId;
app.synth();
