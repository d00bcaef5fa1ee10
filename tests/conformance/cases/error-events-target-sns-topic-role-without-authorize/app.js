// Conformance case 'error-events-target-sns-topic-role-without-authorize': targets.SnsTopic with a
// role and authorizeUsingRole false: aws-cdk-lib's error when the target is bound to a rule.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sns = require('aws-cdk-lib/aws-sns');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
new events.Rule(stack, 'Rule', {
  schedule: events.Schedule.rate(cdk.Duration.hours(1)),
  targets: [new targets.SnsTopic(topic, { role, authorizeUsingRole: false })],
});
app.synth();
