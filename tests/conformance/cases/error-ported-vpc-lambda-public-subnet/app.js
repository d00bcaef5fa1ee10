// Conformance case 'error-ported-vpc-lambda-public-subnet': aws-cdk's vpc-lambda.test.ts 'picking public
// subnet type is not allowed if not overriding allowPublicSubnet' ported literally: the Default stack, a
// VPC of Public, Private and Isolated subnets, vpcSubnets PUBLIC without allowPublicSubnet.
// Ported from aws-cdk: vpc-lambda.test.ts 'picking public subnet type is not allowed if not overriding
// allowPublicSubnet'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const vpc = new ec2.Vpc(stack, 'VPC', {
  subnetConfiguration: [
    {
      name: 'Public',
      subnetType: ec2.SubnetType.PUBLIC,
    },
    {
      name: 'Private',
      subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS,
    },
    {
      name: 'Isolated',
      subnetType: ec2.SubnetType.PRIVATE_ISOLATED,
    },
  ],
});
new lambda.Function(stack, 'PublicLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
});

app.synth();
