// Conformance case 'iam-customize-roles-token-name': Role.customizeRoles with a precreated role name
// that is a token (the stack's account): aws-cdk-lib's UnresolvablePrecreatedRoleName error in the
// metadata (the synth goes on) and the role reported as "missing role".
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'TestStack/Role': stack.account } });
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new cdk.CfnOutput(stack, 'Arn', { value: role.roleArn });
app.synth();
