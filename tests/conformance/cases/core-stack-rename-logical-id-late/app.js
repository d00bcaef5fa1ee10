// Conformance case 'core-stack-rename-logical-id-late': stack.renameLogicalId registered after the
// element's logical id was resolved (stack.resolve of cfn.logicalId, a Ref already resolved): the
// rename still applies at synth (LogicalIDs.applyRename runs on every resolution); the early
// resolutions (as JSON text, ccdk_stack_resolve's form) keep the old id.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LateRenames');
const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
const queue = new sqs.Queue(stack, 'Queue');
const early = JSON.stringify(stack.resolve(topic.logicalId));
const earlyQueue = JSON.stringify(stack.resolve(queue.node.defaultChild.logicalId));
const earlyRef = JSON.stringify(stack.resolve(topic.ref));
stack.renameLogicalId('Topic', 'RenamedTopic');
stack.renameLogicalId('Queue4A7E3555', 'WorkQueue');
new cdk.CfnOutput(stack, 'Early', { value: early });
new cdk.CfnOutput(stack, 'EarlyQueue', { value: earlyQueue });
new cdk.CfnOutput(stack, 'EarlyRef', { value: earlyRef });
new cdk.CfnOutput(stack, 'Late', { value: topic.ref });
new cdk.CfnOutput(stack, 'LateQueue', { value: queue.queueArn });
app.synth();
