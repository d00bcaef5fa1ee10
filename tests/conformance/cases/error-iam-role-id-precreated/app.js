// Conformance case 'error-iam-role-id-precreated': role.roleId of a role under Role.customizeRoles
// throws. Ported from aws-cdk: aws-iam/test/role.test.ts, 'customizeRoles' 'can use all role properties'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
iam.Role.customizeRoles(app, { usePrecreatedRoles: { 'MyStack/Role': 'SomeRoleName' } });
const stack = new cdk.Stack(app, 'MyStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
new cdk.CfnOutput(stack, 'Id', { value: role.roleId });
app.synth();
