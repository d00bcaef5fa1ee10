// Conformance case 'lookup-vpc-arn': vpc.vpcArn of a looked-up VPC shared from another account
// (its VpcContextResponse's ownerAccountId and region are the VPC's env), and the dummy VPC's
// before the lookup (the stack's account and region) in a second stack.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { vpcId: 'vpc-0123456789abcdef0' });
new cdk.CfnOutput(stack, 'VpcArn', { value: vpc.vpcArn });
const pending = new cdk.Stack(app, 'Pending', { env: { account: '123456789012', region: 'us-east-2' } });
const dummy = ec2.Vpc.fromLookup(pending, 'Vpc', { vpcName: 'not-looked-up' });
new cdk.CfnOutput(pending, 'VpcArn', { value: dummy.vpcArn });
app.synth();
