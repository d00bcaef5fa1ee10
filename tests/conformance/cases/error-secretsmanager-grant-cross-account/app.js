// Conformance case 'error-secretsmanager-grant-cross-account': Secret.grantRead to a role of another account
// without an encryption key
// Ported from aws-cdk: secret.test.ts 'Error when grantRead with different role and no KMS'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012' } });
const secret = new sm.Secret(stack, 'Secret');
const role = iam.Role.fromRoleArn(stack, 'RoleFromArn', 'arn:aws:iam::111111111111:role/SomeRole');
secret.grantRead(role);
app.synth();
