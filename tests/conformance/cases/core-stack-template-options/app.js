// Conformance case 'core-stack-template-options': core: stack.test.ts's template-level options and
// artifact properties: templateOptions.templateFormatVersion and metadata, addMetadata (a key set
// again keeps its place), addTransform, a long description; suppressTemplateIndentation; the
// terminationProtection setter; notificationArns (given, given empty, not given; a legacy stack's)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

// template-level options: Description, Transform, AWSTemplateFormatVersion, Metadata (in that order)
const options = new cdk.Stack(app, 'Options', { description: 'd'.repeat(512) });
const param = new cdk.CfnParameter(options, 'Stage', { type: 'String', default: 'dev' });
options.templateOptions.templateFormatVersion = '2010-09-09';
options.addTransform('AWS::Serverless-2016-10-31');
options.addMetadata('AWS::CloudFormation::Interface', {
  ParameterGroups: [{ Label: { default: 'Deployment' }, Parameters: [param.logicalId] }],
});
options.addMetadata('Owner', { Account: options.account, Stage: param.valueAsString });
options.addMetadata('Instances', { Description: 'Information about the instances' });
options.addMetadata('Owner', `team-${options.region}`);
new cdk.CfnResource(options, 'Thing', { type: 'AWS::SNS::Topic' });

// a compact template (its hash is the manifest's template URL), termination protection by setter
const compact = new cdk.Stack(app, 'Compact', {
  suppressTemplateIndentation: true,
  notificationArns: ['arn:aws:sns:us-east-1:123456789012:Events', 'arn:aws:sns:us-east-1:123456789012:More'],
});
compact.terminationProtection = true;
new lambda.Function(compact, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});

// notificationArns [] (the CLI clears them), protection given then turned off by the setter,
// and indentation explicitly kept
const cleared = new cdk.Stack(app, 'Cleared', {
  notificationArns: [],
  terminationProtection: true,
  suppressTemplateIndentation: false,
});
cleared.terminationProtection = false;
new cdk.CfnResource(cleared, 'Thing', { type: 'AWS::SNS::Topic' });

// a LegacyStackSynthesizer stack's artifact with notificationArns and a stack name
const legacy = new cdk.Stack(app, 'Legacy', {
  synthesizer: new cdk.LegacyStackSynthesizer(),
  stackName: 'legacy-stack',
  notificationArns: ['arn:aws:sns:eu-west-1:123456789012:Legacy'],
  suppressTemplateIndentation: true,
});
new cdk.CfnResource(legacy, 'Thing', { type: 'AWS::SNS::Topic' });

app.synth();
