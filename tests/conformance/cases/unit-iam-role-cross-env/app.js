// Conformance case 'unit-iam-role-cross-env': aws-iam role.test.ts 'cross-env role ARNs include
// path': a role with a path and a name referenced from a stack of another region.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const roleStack = new cdk.Stack(app, 'role-stack', { env: { account: '123456789012', region: 'us-east-1' } });
const referencerStack = new cdk.Stack(app, 'referencer-stack', { env: { region: 'us-east-2' } });
const role = new iam.Role(roleStack, 'Role', {
  assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
  path: '/sample/path/',
  roleName: 'sample-name',
});
new cdk.CfnResource(referencerStack, 'Referencer', {
  type: 'Custom::RoleReferencer',
  properties: { RoleArn: role.roleArn },
});
app.synth();
