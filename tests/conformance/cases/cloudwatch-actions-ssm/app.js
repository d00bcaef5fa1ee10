// Conformance case 'cloudwatch-actions-ssm': cloudwatch_actions.SsmAction and SsmIncidentAction, a
// stack per test (environment-agnostic: partition, region and account tokens); beyond the tests,
// every severity and category in a stack with an account and region, on OK and insufficient-data
// actions too.
// Ported from aws-cdk: aws-cloudwatch-actions/test/ssm.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const alarm = (stack, id = 'Alarm') => new cloudwatch.Alarm(stack, id, {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName: 'Test' }),
  evaluationPeriods: 3,
  threshold: 100,
});

// 'can use ssm with critical severity and performance category as alarm action'
{
  const stack = new cdk.Stack(app, 'CriticalPerformance');
  alarm(stack).addAlarmAction(new actions.SsmAction(actions.OpsItemSeverity.CRITICAL, actions.OpsItemCategory.PERFORMANCE));
}
// 'can use ssm with medium severity and no category as alarm action'
{
  const stack = new cdk.Stack(app, 'Medium');
  alarm(stack).addAlarmAction(new actions.SsmAction(actions.OpsItemSeverity.MEDIUM));
}
// 'can use SSM Incident as alarm action'
{
  const stack = new cdk.Stack(app, 'Incident');
  alarm(stack).addAlarmAction(new actions.SsmIncidentAction('ResponsePlanName'));
}
{
  const stack = new cdk.Stack(app, 'InEnv', { env: { account: '123456789012', region: 'us-west-2' } });
  const a1 = alarm(stack, 'Alarm1');
  a1.addAlarmAction(new actions.SsmAction(actions.OpsItemSeverity.HIGH, actions.OpsItemCategory.AVAILABILITY));
  a1.addOkAction(new actions.SsmAction(actions.OpsItemSeverity.LOW, actions.OpsItemCategory.COST));
  a1.addInsufficientDataAction(new actions.SsmAction(actions.OpsItemSeverity.CRITICAL, actions.OpsItemCategory.RECOVERY));
  const a2 = alarm(stack, 'Alarm2');
  a2.addAlarmAction(new actions.SsmAction(actions.OpsItemSeverity.MEDIUM, actions.OpsItemCategory.SECURITY));
  a2.addAlarmAction(new actions.SsmIncidentAction('plan-a'));
}

app.synth();
