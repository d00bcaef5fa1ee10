// Conformance case 'core-scoped-aws': new ScopedAws(stack)'s pseudo parameters (accountId, region,
// partition, urlSuffix, stackName, stackId): in the stack itself ({"Ref": ...}), from another stack
// (exported and imported, one export each, used twice), and from a nested stack of the producer.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const scoped = new cdk.ScopedAws(producer);
const values = {
  Account: scoped.accountId,
  Region: scoped.region,
  Partition: scoped.partition,
  UrlSuffix: scoped.urlSuffix,
  StackName: scoped.stackName,
  StackId: scoped.stackId,
};
new cdk.CfnOutput(producer, 'OwnRegion', { value: scoped.region });

const consumer = new cdk.Stack(app, 'Consumer');
for (const [k, v] of Object.entries(values)) {
  new cdk.CfnOutput(consumer, k, { value: v });
}
new cdk.CfnOutput(consumer, 'Both', { value: `${scoped.accountId}/${scoped.region}` });

const nested = new cdk.NestedStack(producer, 'Inner');
new cdk.CfnResource(nested, 'Thing', {
  type: 'AWS::SNS::Topic',
  properties: { TopicName: scoped.stackName, DisplayName: scoped.urlSuffix },
});
app.synth();
