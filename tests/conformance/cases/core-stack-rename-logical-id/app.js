// Conformance case 'core-stack-rename-logical-id': stack.renameLogicalId: a CfnResource's id, an
// L2's (a queue's Resource, a path below the stack), renamed before and after the construct is
// made; a Ref and a GetAtt of a renamed resource, and a DependsOn on it, use the new id; an
// overridden id is left alone; the metadata's logical ids and tree.json follow.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Renames');
stack.renameLogicalId('Topic', 'RenamedTopic');
const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
const group = new cdk.CfnResource(stack, 'Group', { type: 'AWS::Logs::LogGroup' });
const queue = new sqs.Queue(stack, 'Queue');
stack.renameLogicalId('Queue4A7E3555', 'WorkQueue');
const kept = new cdk.CfnResource(stack, 'Kept', { type: 'AWS::SNS::Topic' });
kept.overrideLogicalId('KeptTopic');
stack.renameLogicalId('Group', 'LogGroupRenamed');
const user = new cdk.CfnResource(stack, 'User', {
  type: 'AWS::SSM::Parameter',
  properties: { Type: 'String', Value: topic.ref, Description: queue.queueArn, Name: group.getAtt('Arn').toString() },
});
user.addDependency(topic);
app.synth();
