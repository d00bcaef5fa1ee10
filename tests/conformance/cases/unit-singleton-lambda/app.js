// Conformance case 'unit-singleton-lambda'
// Upstream: aws-lambda/test/singleton-lambda.test.ts, its tests that synthesize: those on one
// function in TestStack (five declarations, addDependency, dependOn, addEnvironment, addLayers,
// grantInvoke, currentVersion.addAlias, runtime), the VPC one in VpcStack. 'logGroup is correctly
// returned' is case unit-singleton-lambda-log-group: its LogRetention handler is ccdk's own (an exception).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const singletons = [];
for (let i = 0; i < 5; i++) {
  singletons.push(new lambda.SingletonFunction(stack, `Singleton${i}`, {
    uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
    code: new lambda.InlineCode('def hello(): pass'),
    runtime: lambda.Runtime.PYTHON_3_9,
    handler: 'index.hello',
    timeout: cdk.Duration.minutes(5),
  }));
}
const singleton = singletons[0];
singleton.addDependency(new iam.User(stack, 'dependencyUser'));
singletons[1].dependOn(new iam.User(stack, 'user'));
singletons[2].addEnvironment('KEY', 'value');
const bucket = new s3.Bucket(stack, 'Bucket');
const layer = new lambda.LayerVersion(stack, 'myLayer', {
  code: new lambda.S3Code(bucket, 'ObjectKey'),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_9],
});
singletons[3].addLayers(layer);
singletons[4].grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
singleton.currentVersion.addAlias('foo');
new cdk.CfnOutput(stack, 'Runtime', { value: singleton.runtime.name });

const vpcStack = new cdk.Stack(app, 'VpcStack');
const vpc = new ec2.Vpc(vpcStack, 'VPC', { maxAzs: 2 });
const securityGroup = new ec2.SecurityGroup(vpcStack, 'SecurityGroup', { vpc });
const vpcSingleton = new lambda.SingletonFunction(vpcStack, 'Singleton', {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  code: new lambda.InlineCode('foo'),
  runtime: lambda.Runtime.NODEJS_14_X,
  handler: 'index.handler',
  securityGroups: [securityGroup],
  vpc,
});
vpcSingleton.connections.allowFromAnyIpv4(ec2.Port.tcp(443));
app.synth();
