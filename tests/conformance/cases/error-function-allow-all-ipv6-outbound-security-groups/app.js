// Conformance case 'error-function-allow-all-ipv6-outbound-security-groups'
// Upstream: aws-lambda/test/function.test.ts describe('allowAllIpv6Outbound') 'throws when both allowAllIpv6Outbound and securityGroups are defined'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc');
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc: vpc });
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  allowAllIpv6Outbound: true,
  vpc,
  securityGroups: [securityGroup],
});
app.synth();
