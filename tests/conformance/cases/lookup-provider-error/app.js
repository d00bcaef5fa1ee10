// Conformance case 'lookup-provider-error': the cdk CLI's lookups failed (no AWS credentials, two
// VPCs matching the filter): it runs the app again with {"$providerError": ...} under the keys.
// The app does not fail: each lookup is reported missing again, its dummy value stands in (the
// dummy VPC, "dummy-value-for-<name>"), and the error goes into the stack's metadata, which the CLI
// reports for the stacks it selects.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { isDefault: true });
new ec2.SecurityGroup(stack, 'Sg', { vpc });
new cdk.CfnOutput(stack, 'Secret', { value: ssm.StringParameter.valueFromLookup(stack, '/app/secret-name') });
app.synth();
