// Conformance case 'core-stack-permissions-boundary-context': core: the
// "@aws-cdk/core:permissionsBoundary" context (what cdk.json sets for a whole App) as {name} with
// ${Qualifier}: every stack's roles and users get it, a stack's own permissionsBoundary wins
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App({
  context: { '@aws-cdk/core:permissionsBoundary': { name: 'cdk-${Qualifier}-permissions-boundary' } },
});
const a = new cdk.Stack(app, 'A', { env: { account: '111111111111', region: 'eu-west-1' } });
new iam.Role(a, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
new iam.User(a, 'User');
const b = new cdk.Stack(app, 'B', { permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::222222222222:policy/b') });
new iam.Role(b, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
const c = new cdk.Stack(app, 'C');
new iam.Role(c, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
app.synth();
