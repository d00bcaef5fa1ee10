// Conformance case 'nested-stack-export-value': stack.exportValue of an attribute of a resource in
// one of the stack's nested stacks (two deep): outputs of each nested template on the way up, then
// the export of the parent's Outputs attribute; and the same attribute used by another stack
// shares that export.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const outer = new cdk.NestedStack(stack, 'Outer');
const inner = new cdk.NestedStack(outer, 'Inner');
const topic = new sns.Topic(inner, 'Events');
const imported = stack.exportValue(topic.topicArn, { description: 'the events topic' });
const other = new cdk.Stack(app, 'Other');
new cdk.CfnOutput(other, 'Imported', { value: imported });
new cdk.CfnOutput(other, 'Direct', { value: topic.topicName });
app.synth();
