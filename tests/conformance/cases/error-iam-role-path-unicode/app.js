// Conformance case 'error-iam-role-path-unicode': error: aws-iam role.test.ts 'role path must contain unicode chars within [\u0021-\u007F]'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('bla'), path: '/\u0020\u0080/' });
app.synth();
