// Conformance case 'core-node-metadata': node.addMetadata entries in the stack's metadata file
// (issue 15): on a plain construct, a resource and the stack, a string, an object with a token
// (resolved) and a list; null data is ignored; the entries sit among the construct's logical id
// and annotations in call order.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new cdk.CfnResource(stack, 'Thing', { type: 'AWS::CloudFormation::WaitConditionHandle' });
const queue = new sqs.Queue(stack, 'Queue');
const plain = new cdk.CfnResource(stack, 'Other', { type: 'AWS::CloudFormation::WaitConditionHandle' });

group.node.addMetadata('my:owner', 'team-a');
cdk.Annotations.of(group).addInfo('between two entries');
group.node.addMetadata('my:queue', { arn: queue.queueArn, name: 'q' });
queue.node.addMetadata('my:list', ['a', 1, true]);
queue.node.addMetadata('my:ignored', null);
stack.node.addMetadata('my:stack', 'top');
plain.node.addMetadata('aws:cdk:custom', { nested: { ok: true } });

app.synth();
