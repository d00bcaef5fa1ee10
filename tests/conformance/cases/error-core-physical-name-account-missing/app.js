// Conformance case 'error-core-physical-name-account-missing': physical-name-generator.test.ts's
// 'fails when the account is ...' by the public API: a Role named PhysicalName.GENERATE_IF_NEEDED
// in a stack with the account a token (Aws.ACCOUNT_ID), its ARN used in a stack of another account.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: cdk.Aws.ACCOUNT_ID, region: 'bermuda-triangle-1' } });
const role = new iam.Role(stack, 'A', { assumedBy: new iam.AccountRootPrincipal(), roleName: cdk.PhysicalName.GENERATE_IF_NEEDED });
const other = new cdk.Stack(app, 'Other', { env: { account: '234567890123', region: 'us-east-1' } });
new cdk.CfnOutput(other, 'Arn', { value: role.roleArn });
app.synth();
