// Conformance case 'core-stage-reference-warning': cross-stack references in the App, in a Stage
// and in a Stage nested in it. aws-cdk-lib synthesizes the nested Stages first (innermost first),
// the App's own stacks last, and warns "No cross-stack-reference strength configured" once for the
// whole App: on the first consumer it resolves, Beta/Inner/Consumer here.
'use strict';
const cdk = require('aws-cdk-lib');

function pair(scope) {
  const producer = new cdk.Stack(scope, 'Producer');
  const consumer = new cdk.Stack(scope, 'Consumer');
  const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });
  new cdk.CfnOutput(consumer, 'TopicArn', { value: topic.getAtt('TopicArn').toString() });
}

const app = new cdk.App();
pair(app);
const beta = new cdk.Stage(app, 'Beta');
pair(beta);
pair(new cdk.Stage(beta, 'Inner'));
pair(new cdk.Stage(app, 'Gamma'));
app.synth();
