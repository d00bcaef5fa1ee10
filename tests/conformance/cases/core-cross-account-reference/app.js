// Conformance case 'core-cross-account-reference': values of a stack used in stacks of other
// accounts (same region). aws-cdk-lib 2.276.0 makes each a weak reference (cross-account
// references are always weak, with a warning on the consumer while the strength is "strong", the
// default): the producer gets a "Publish" scope with an output of the value, a GetStackOutputRole
// (named with its unique resource name) its consumers' CloudFormation execution roles may assume,
// and a GetStackOutputPolicy allowing cloudformation:DescribeStacks on the producer stack; the
// consumer reads the output with Fn::GetStackOutput through that role, and does not depend on the
// producer. Two consumer accounts share the role; a Ref and a GetAtt; a value used twice.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const data = new cdk.Stack(app, 'Data', { env: { account: '111111111111', region: 'eu-west-1' } });
const queue = new sqs.Queue(data, 'Jobs');
const cfnQueue = queue.node.defaultChild;

const other = new cdk.Stack(app, 'Other', { env: { account: '222222222222', region: 'eu-west-1' } });
new sqs.Queue(other, 'Local', { queueName: 'local' });
new cdk.CfnOutput(other, 'JobsUrl', { value: queue.queueUrl });
new cdk.CfnOutput(other, 'JobsArn', { value: `arn is ${cfnQueue.attrArn}` });
new cdk.CfnOutput(other, 'JobsUrlAgain', { value: queue.queueUrl });

const third = new cdk.Stack(app, 'Third', { env: { account: '333333333333', region: 'eu-west-1' } });
new sqs.Queue(third, 'Local', { queueName: 'local' });
new cdk.CfnOutput(third, 'JobsUrl', { value: queue.queueUrl });
app.synth();
