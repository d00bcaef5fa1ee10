// Conformance case 'validation-report-find-in-map': the validator's F1012 in validation-report.json,
// an Fn::FindInMap naming a mapping the template does not have: Fn.findInMap on a function's
// description and environment-free properties, each missing name once per resource (in the order of
// the names), in a resource's Metadata too, one violation for two resources; a CfnMapping's
// findInMap, and a missing mapping in an output, not reported.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const mapping = new cdk.CfnMapping(stack, 'Sizes', { mapping: { small: { memory: '256' } } });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: cdk.Fn.findInMap('Zed', 'a', 'b'),
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  description: cdk.Fn.findInMap('Abc', 'a', 'b'),
});
fn.node.defaultChild.addPropertyOverride('KmsKeyArn', cdk.Fn.findInMap('Zed', 'c', 'd'));
fn.node.defaultChild.addPropertyOverride('MemorySize', mapping.findInMap('small', 'memory'));
const other = new cdk.CfnResource(stack, 'Queue', {
  type: 'AWS::SQS::Queue',
  properties: { QueueName: cdk.Fn.findInMap('Abc', 'x', 'y') },
});
other.addMetadata('note', cdk.Fn.findInMap('InMetadata', 'k', 'v'));
new cdk.CfnOutput(stack, 'Out', { value: cdk.Fn.findInMap('InOutput', 'a', 'b') });
new cdk.CfnMapping(stack, 'Unused', { mapping: { k: { v: 'x' } } });
new cdk.CfnResource(stack, 'ByRegion', {
  type: 'AWS::SQS::Queue',
  properties: { QueueName: cdk.Fn.findInMap(cdk.Aws.REGION, 'a', 'b'), KmsMasterKeyId: cdk.Fn.findInMap(cdk.Aws.ACCOUNT_ID, 'a', 'b') },
});
const env = new cdk.Stack(app, 'EnvStack', { env: { account: '111122223333', region: 'eu-west-1' } });
new cdk.CfnResource(env, 'ByRegion', {
  type: 'AWS::SQS::Queue',
  properties: { QueueName: cdk.Fn.findInMap(cdk.Aws.REGION, 'a', 'b'), KmsMasterKeyId: cdk.Fn.findInMap(cdk.Aws.ACCOUNT_ID, 'a', 'b') },
});
const plain = new cdk.Stack(app, 'PlainStack');
new cdk.CfnMapping(plain, 'Unused', { mapping: { k: { v: 'x' } } });
new cdk.CfnResource(plain, 'Q', { type: 'AWS::SQS::Queue', properties: { QueueName: cdk.Fn.findInMap('Nope', 'a', 'b') } });
app.synth();
