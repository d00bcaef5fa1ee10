// Conformance case 'cloudwatch-actions-appscaling-sns': cloudwatch_actions.ApplicationScalingAction
// (a StepScalingAction's policy as an alarm action, the stack acknowledging the W3030 of the
// made-up dimension) and SnsAction, a stack per test.
// Ported from aws-cdk: aws-cloudwatch-actions/test/appscaling.test.ts and sns.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sns = require('aws-cdk-lib/aws-sns');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const henk = (stack) => new cloudwatch.Alarm(stack, 'Alarm', {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName: 'Henk' }),
  evaluationPeriods: 3,
  threshold: 100,
});

// appscaling.test.ts 'can use topic as alarm action'
{
  const stack = new cdk.Stack(app, 'ScalingAction');
  cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::W3030', reason: 'The dimension is not real.' });
  const scalingTarget = new appscaling.ScalableTarget(stack, 'Target', {
    minCapacity: 1,
    maxCapacity: 100,
    resourceId: 'asdf',
    scalableDimension: 'height',
    serviceNamespace: appscaling.ServiceNamespace.CUSTOM_RESOURCE,
  });
  const action = new appscaling.StepScalingAction(stack, 'Action', { scalingTarget });
  henk(stack).addAlarmAction(new actions.ApplicationScalingAction(action));
}
// sns.test.ts 'can use topic as alarm action'
{
  const stack = new cdk.Stack(app, 'TopicAction');
  const topic = new sns.Topic(stack, 'Topic');
  henk(stack).addAlarmAction(new actions.SnsAction(topic));
}

app.synth();
