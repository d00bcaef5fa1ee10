// Conformance case 'user-imported-network-function': a user's app as written, with the validation
// report compared: a Java function with SnapStart (its currentVersion published by an alias) in a
// VPC imported by attributes (ids as a team copies them from the console, one short), an imported
// security group, a layer imported by ARN, a function with its role imported by ARN, and a Node.js
// function with inline code in the same VPC.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Orders', { env: { account: '123456789012', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
  vpcId: 'vpc-0a1b2c3d4e5f67890',
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-1234'],
});
const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0fedcba987654321', { mutable: false });
const layer = lambda.LayerVersion.fromLayerVersionArn(stack, 'Deps', 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:7');
const api = new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.JAVA_21,
  handler: 'com.example.Handler::handleRequest',
  code: lambda.Code.fromBucket(cdk.aws_s3.Bucket.fromBucketName(stack, 'Artifacts', 'orders-artifacts'), 'api.jar', 'v1'),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  vpc,
  securityGroups: [sg],
  layers: [layer],
});
new lambda.Alias(stack, 'Live', { aliasName: 'live', version: api.currentVersion });
new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  role: iam.Role.fromRoleArn(stack, 'WorkerRole', 'arn:aws:iam::123456789012:role/orders-worker', { mutable: false }),
  vpc,
  securityGroups: [sg],
});
app.synth();
