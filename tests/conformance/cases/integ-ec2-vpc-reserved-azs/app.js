// Conformance case 'integ-ec2-vpc-reserved-azs': aws-ec2 test/integ.vpc-reserved-azs.ts
// (dropped: the IntegTest; app.synth() added).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { EC2_RESTRICT_DEFAULT_SECURITY_GROUP } = require('aws-cdk-lib/cx-api');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'integtest-vpc-reserved-azs');
stack.node.setContext(EC2_RESTRICT_DEFAULT_SECURITY_GROUP, false);

new ec2.Vpc(stack, 'MyVpc', {
  reservedAzs: 2,
  maxAzs: 3,
});

app.synth();
