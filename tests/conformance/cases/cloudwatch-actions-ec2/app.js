// Conformance case 'cloudwatch-actions-ec2': cloudwatch_actions.Ec2Action, a stack per test: reboot
// as in the test (an environment-agnostic stack: partition and region tokens); and, beyond it, every
// Ec2InstanceAction in a stack with a region (a literal partition under
// @aws-cdk/core:enablePartitionLiterals, then the ARN a literal that the alarm checks against its
// InstanceId metric) on alarm, OK and insufficient-data actions.
// Ported from aws-cdk: aws-cloudwatch-actions/test/ec2.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const alarm = (stack) => new cloudwatch.Alarm(stack, 'Alarm', {
  metric: new cloudwatch.Metric({
    namespace: 'AWS/EC2',
    metricName: 'StatusCheckFailed',
    dimensionsMap: { InstanceId: 'i-03cb889aaaafffeee' },
  }),
  evaluationPeriods: 3,
  threshold: 100,
});

// 'can use instance reboot as alarm action'
{
  const stack = new cdk.Stack(app, 'Reboot');
  alarm(stack).addAlarmAction(new actions.Ec2Action(actions.Ec2InstanceAction.REBOOT));
}
{
  const stack = new cdk.Stack(app, 'InRegion', { env: { region: 'cn-north-1' } });
  const a = alarm(stack);
  a.addAlarmAction(new actions.Ec2Action(actions.Ec2InstanceAction.STOP));
  a.addOkAction(new actions.Ec2Action(actions.Ec2InstanceAction.TERMINATE));
  a.addInsufficientDataAction(new actions.Ec2Action(actions.Ec2InstanceAction.RECOVER));
}

app.synth();
