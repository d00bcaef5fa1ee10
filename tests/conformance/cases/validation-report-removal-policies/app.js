// Conformance case 'validation-report-removal-policies': aws-cdk-lib's CloudFormation validator at
// synth on removal policies (validation-report.json): RemovalPolicy.SNAPSHOT on an EFS file system
// and an SQS queue (types without snapshots: F3016 and F0018, one violation each for both; the
// flag @aws-cdk/core:validateSnapshotRemovalPolicy kept off, else aws-cdk-lib's error), SNAPSHOT on
// an EC2 volume (nothing), RETAIN_ON_UPDATE_OR_DELETE (nothing), values outside CloudFormation's set
// by escape hatches on a file system and a volume (the volume's list has Snapshot), and an Fn::If
// (both branches checked; a condition of two literals, whose one branch only is checked, brings the
// validator's W8003, not in ccdk); creation stack traces off. @aws-cdk/core:annotationsInValidationReport is kept off: under it aws-cdk-lib
// 2.276.0 throws on its own SNAPSHOT warning, whose id '@aws-cdk/core:AWS::EFS::...' has a second
// '::' (InvalidValidationId); ccdk does not write that annotations report.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({
  context: { 'aws:cdk:disable-creation-stack-traces': true },
  postCliContext: {
    '@aws-cdk/core:validateSnapshotRemovalPolicy': false,
    '@aws-cdk/core:annotationsInValidationReport': false,
  },
});
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { natGateways: 0, maxAzs: 1, restrictDefaultSecurityGroup: false });

new efs.FileSystem(stack, 'Snapshot', { vpc, removalPolicy: cdk.RemovalPolicy.SNAPSHOT });
new sqs.Queue(stack, 'Queue', { removalPolicy: cdk.RemovalPolicy.SNAPSHOT });
const volume = (id) => new cdk.CfnResource(stack, id, {
  type: 'AWS::EC2::Volume',
  properties: { AvailabilityZone: cdk.Fn.select(0, cdk.Fn.getAzs()), Size: 10 },
});
volume('Volume').applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);
new efs.FileSystem(stack, 'RetainOnUpdate', { vpc, removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE });

const overridden = new efs.FileSystem(stack, 'Overridden', { vpc });
overridden.node.defaultChild.addOverride('DeletionPolicy', 'Foo');
overridden.node.defaultChild.addOverride('UpdateReplacePolicy', 'RetainExceptOnCreate');
const odd = volume('OddVolume');
odd.addOverride('DeletionPolicy', 'Foo');
odd.addOverride('UpdateReplacePolicy', 'Foo');

const isProd = new cdk.CfnCondition(stack, 'IsProd', { expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1') });
const conditional = new cdk.CfnResource(stack, 'Conditional', { type: 'AWS::SQS::Queue' });
conditional.addOverride('DeletionPolicy', cdk.Fn.conditionIf(isProd.logicalId, 'Snapshot', 'Delete'));
conditional.addOverride('UpdateReplacePolicy', 'Retain');
app.synth();
