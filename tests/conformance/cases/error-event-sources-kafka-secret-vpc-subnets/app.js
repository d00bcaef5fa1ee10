// Conformance case 'error-event-sources-kafka-secret-vpc-subnets': SelfManagedKafkaEventSource with a VPC and a security group but no vpcSubnets
// Ported from aws-cdk: kafka.test.ts 'setting vpc requires vpcSubnets to be set'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
fn.addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers: ['kafka-broker:9092'],
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  secret: new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' }),
  vpc,
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'SecurityGroup', 'sg-0123456789'),
}));
app.synth();
