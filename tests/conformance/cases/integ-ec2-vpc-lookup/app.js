// Conformance case 'integ-ec2-vpc-lookup': aws-ec2 test/integ.vpc-lookup.ts (dropped: the
// IntegTest). Adapted: the env is the integ file's fallbacks (123456789012, us-east-1), not
// AWS_ACCOUNT_ID/AWS_REGION/CDK_DEFAULT_*, so that both halves see the same environment. Without
// cdk.context.json the lookup is reported missing and aws-cdk-lib's dummy VPC stands in.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { EC2_RESTRICT_DEFAULT_SECURITY_GROUP } = require('aws-cdk-lib/cx-api');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'StackUnderTest', {
  env: {
    account: '123456789012',
    region: 'us-east-1',
  },
});
stack.node.setContext(EC2_RESTRICT_DEFAULT_SECURITY_GROUP, false);

const vpcFromLookup = ec2.Vpc.fromLookup(stack, 'VpcFromLookup', {
  isDefault: true,
});

new cdk.CfnOutput(stack, 'OutputFromLookup', {
  value: `Region fromLookup: ${vpcFromLookup.env.region}`,
});

app.synth();
