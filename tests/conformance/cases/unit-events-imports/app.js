// Conformance case 'unit-events-imports': Rule.fromEventRuleArn (literal and token ARNs; its ARN,
// name and env as outputs and its ARN as a Lambda permission's source; a Rule's env),
// EventBus.fromEventBusName / fromEventBusAttributes as a rule's bus and granted to
// (grantPutEventsTo), and
// EventBus.grantAllPutEvents on a role and a user.
// Ported from aws-cdk: aws-events/test/rule.test.ts ('fromEventRuleArn', 'sets account / region for
// imported rule env by fromEventRuleArn') and event-bus.test.ts
// (the imports and grantAllPutEvents).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Rules');
  const imported = events.Rule.fromEventRuleArn(stack, 'ImportedRule', 'arn:aws:events:us-east-2:123456789012:rule/example');
  new cdk.CfnOutput(stack, 'Arn', { value: imported.ruleArn });
  new cdk.CfnOutput(stack, 'Name', { value: imported.ruleName });
  const param = new cdk.CfnParameter(stack, 'RuleArn');
  const tokenRule = events.Rule.fromEventRuleArn(stack, 'TokenRule', param.valueAsString);
  new cdk.CfnOutput(stack, 'TokenName', { value: tokenRule.ruleName });
  // 'sets account/region for imported rule env by fromEventRuleArn' (and a token ARN's, a Rule's)
  new cdk.CfnOutput(stack, 'Account', { value: imported.env.account });
  new cdk.CfnOutput(stack, 'Region', { value: imported.env.region });
  new cdk.CfnOutput(stack, 'TokenAccount', { value: tokenRule.env.account });
  new cdk.CfnOutput(stack, 'TokenRegion', { value: tokenRule.env.region });
  const own = new events.Rule(stack, 'Own', { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
  new cdk.CfnOutput(stack, 'OwnAccount', { value: own.env.account });
  new cdk.CfnOutput(stack, 'OwnRegion', { value: own.env.region });
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_LATEST,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  fn.addPermission('FromRule', { principal: new iam.ServicePrincipal('events.amazonaws.com'), sourceArn: imported.ruleArn });
}
{
  const stack = new cdk.Stack(app, 'Buses');
  const byName = events.EventBus.fromEventBusName(stack, 'ByName', 'my-bus');
  const byAttrs = events.EventBus.fromEventBusAttributes(stack, 'ByAttrs', {
    eventBusName: 'other-bus',
    eventBusArn: 'arn:aws:events:eu-west-1:111111111111:event-bus/other-bus',
    eventBusPolicy: '',
  });
  new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.eventBusArn });
  new cdk.CfnOutput(stack, 'ByNameName', { value: byName.eventBusName });
  new cdk.CfnOutput(stack, 'ByAttrsArn', { value: byAttrs.eventBusArn });
  new cdk.CfnOutput(stack, 'ByAttrsName', { value: byAttrs.eventBusName });
  new events.Rule(stack, 'OnBus', { eventBus: byName, eventPattern: { source: ['my.app'] } });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  byName.grantPutEventsTo(role);
  byAttrs.grantPutEventsTo(role);
}
{
  const stack = new cdk.Stack(app, 'GrantAll');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  events.EventBus.grantAllPutEvents(role);
  const user = new iam.User(stack, 'User');
  events.EventBus.grantAllPutEvents(user);
  events.EventBus.grantAllPutEvents(new iam.ServicePrincipal('sns.amazonaws.com'));
}
{
  const stack = new cdk.Stack(app, 'Env', { env: { account: '123456789012', region: 'us-west-2' } });
  const byName = events.EventBus.fromEventBusName(stack, 'ByName', 'env-bus');
  new cdk.CfnOutput(stack, 'Arn', { value: byName.eventBusArn });
}
app.synth();
