// Conformance case 'capacity-provider-basic': a CapacityProvider with only its required props
// (two of a new VPC's private subnets, one security group): the default operator role.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
// restrictDefaultSecurityGroup off: its handler is ccdk's own code (the vpc-default exception)
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
  subnets: vpc.privateSubnets.slice(0, 2),
  securityGroups: [securityGroup],
});
app.synth();
