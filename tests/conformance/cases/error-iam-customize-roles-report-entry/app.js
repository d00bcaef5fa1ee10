// Conformance case 'error-iam-customize-roles-report-entry': under Role.customizeRoles,
// Role.fromRoleName(scope, 'Shared/Role') reports the role at "<scope path>/Shared/Role" (the id as
// given, where the construct's own id has '--' for '/'), the path of a Role 'Role' made in a
// construct 'Shared': the policy report's "already has an entry" error.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'Shared/Role': 'my-role' } });
iam.Role.fromRoleName(stack, 'Shared/Role', 'imported-role');
new iam.Role(new Construct(stack, 'Shared'), 'Role', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
app.synth();
