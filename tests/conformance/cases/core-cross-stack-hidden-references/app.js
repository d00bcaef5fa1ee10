// Cross-stack references that reach the consuming stack only through a tag value, a raw override,
// resource metadata, a Lazy, a CfnCondition's expression and an output's description: each
// becomes an export of the producer and an import in the consumer, as a plain property would.
// (ccdk finds references by scanning each element's values before it renders anything; this case
// keeps every place a value can hide in that scan.)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const queue = new sqs.Queue(producer, 'Jobs');

const consumer = new cdk.Stack(app, 'Consumer');
cdk.Tags.of(new sqs.Queue(consumer, 'Tagged')).add('Owner', queue.queueArn);
const overridden = new cdk.CfnResource(consumer, 'Overridden', { type: 'AWS::SNS::Topic' });
overridden.addOverride('Properties.DisplayName', queue.queueName);
const described = new cdk.CfnResource(consumer, 'Described', { type: 'AWS::SNS::Topic' });
described.addMetadata('Source', queue.queueUrl);
new cdk.CfnResource(consumer, 'Lazy', {
  type: 'AWS::SSM::Parameter',
  properties: { Type: 'String', Value: cdk.Lazy.string({ produce: () => queue.queueArn }) },
});
new cdk.CfnCondition(consumer, 'IsJobs', { expression: cdk.Fn.conditionEquals(queue.queueName, 'jobs') });
new cdk.CfnOutput(consumer, 'Plain', { value: 'plain', description: `the queue ${queue.queueName}` });
app.synth();
