// Conformance case 'lambda-vpc-cross-stack-export-order': a function in one stack on a VPC and a
// security group of another. aws-cdk-lib meets the references of the function's VpcConfig in the
// order its Function builds the struct (subnetIds, then securityGroupIds), not the template's
// sorted one, so the network stack exports the subnets before the group.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const network = new cdk.Stack(app, 'Network');
const vpc = new ec2.Vpc(network, 'Vpc', { maxAzs: 1, natGateways: 1, restrictDefaultSecurityGroup: false });
const sg = new ec2.SecurityGroup(network, 'FnSg', { vpc });

const compute = new cdk.Stack(app, 'Compute');
new lambda.Function(compute, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  vpc,
  securityGroups: [sg],
});
app.synth();
