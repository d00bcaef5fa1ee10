// Conformance case 'error-function-security-groups-allow-all-ipv6-outbound': error: allowAllIpv6Outbound with securityGroups
// Ported from aws-cdk: function.test.ts (throws when both allowAllIpv6Outbound and securityGroups are defined)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc: vpc });
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  allowAllIpv6Outbound: true,
  vpc,
  securityGroups: [securityGroup],
});
app.synth();
