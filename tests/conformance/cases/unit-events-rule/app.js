// Conformance case 'unit-events-rule'
// Upstream: aws-events/test/rule.test.ts, its synthesizing tests that ccdk expresses, a stack per
// test (the tests' `new Stack()` named after the test). 'can add multiple targets with the same id'
// adds two LambdaFunction targets in place of the test's custom IRuleTarget.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const targets = require('aws-cdk-lib/aws-events-targets');

const m = events.Match;
const app = new cdk.App();

// 'default rule'
{
  const stack = new cdk.Stack(app, 'DefaultRule');
  new events.Rule(stack, 'MyRule', { schedule: events.Schedule.rate(cdk.Duration.minutes(10)) });
}
// 'rule displays warning when minutes are not included in cron'
{
  const stack = new cdk.Stack(app, 'CronWithoutMinute');
  new events.Rule(stack, 'MyRule', { schedule: events.Schedule.cron({ hour: '8', day: '1' }) });
}
// 'rule does not display warning when minute is set to * in cron'
{
  const stack = new cdk.Stack(app, 'CronMinuteStar');
  new events.Rule(stack, 'MyRule', { schedule: events.Schedule.cron({ minute: '*', hour: '8', day: '1' }) });
}
// 'can get rule name'
{
  const stack = new cdk.Stack(app, 'RuleName');
  const rule = new events.Rule(stack, 'MyRule', { schedule: events.Schedule.rate(cdk.Duration.minutes(10)) });
  new cdk.CfnResource(stack, 'Res', { type: 'Test::Resource', properties: { RuleName: rule.ruleName } });
}
// 'get rate as token'
{
  const stack = new cdk.Stack(app, 'MyScheduledStack');
  const lazyDuration = cdk.Duration.minutes(cdk.Lazy.number({ produce: () => 5 }));
  new events.Rule(stack, 'MyScheduledRule', { ruleName: 'rateInMinutes', schedule: events.Schedule.rate(lazyDuration) });
}
// 'rule with physical name'
{
  const stack = new cdk.Stack(app, 'PhysicalName');
  new events.Rule(stack, 'MyRule', { ruleName: 'PhysicalName', schedule: events.Schedule.rate(cdk.Duration.minutes(10)) });
}
// 'eventPattern is rendered properly'
{
  const stack = new cdk.Stack(app, 'EventPattern');
  new events.Rule(stack, 'MyRule', {
    eventPattern: {
      account: ['account1', 'account2'],
      detail: {
        foo: [1, 2],
        strings: ['foo', 'bar'],
        rangeMatcher: m.interval(-1, 1),
        stringMatcher: m.exactString('I am just a string'),
        prefixMatcher: m.prefix('aws.'),
        ipAddress: m.ipAddressRange('192.0.2.0/24'),
        shouldExist: m.exists(),
        shouldNotExist: m.doesNotExist(),
        numbers: m.allOf(m.greaterThan(0), m.lessThan(5)),
        topLevel: {
          deeper: m.equal(42),
          oneMoreLevel: {
            deepest: m.anyOf(m.lessThanOrEqual(-1), m.greaterThanOrEqual(1)),
          },
        },
        state: m.anythingBut('initializing'),
        limit: m.anythingBut(100, 200, 300),
        notPrefixedBy: m.anythingButPrefix('sensitive-'),
        bar: undefined,
      },
      detailType: ['detailType1'],
      id: ['id1', 'id2'],
      region: ['region1', 'region2', 'region3'],
      resources: ['r1'],
      source: ['src1', 'src2'],
      time: ['t1'],
      version: ['0'],
    },
  });
}
// 'addEventPattern can be used to add filters'
{
  const stack = new cdk.Stack(app, 'AddEventPattern');
  const rule = new events.Rule(stack, 'MyRule');
  rule.addEventPattern({ account: ['12345'], detail: { foo: ['hello', 'bar', 'hello'] } });
  rule.addEventPattern({ source: ['aws.source'], detail: { foo: ['bar', 'hello'], goo: { hello: ['world'] } } });
}
// 'addEventPattern can de-duplicate filters and keep the order'
{
  const stack = new cdk.Stack(app, 'AddEventPatternDedup');
  const rule = new events.Rule(stack, 'MyRule');
  rule.addEventPattern({ detailType: ['AWS API Call via CloudTrail', 'AWS API Call via CloudTrail'] });
  rule.addEventPattern({ detailType: ['EC2 Instance State-change Notification', 'AWS API Call via CloudTrail'] });
}
// 'rule can be disabled'
{
  const stack = new cdk.Stack(app, 'RuleDisabled');
  new events.Rule(stack, 'Rule', { schedule: events.Schedule.expression('foom'), enabled: false });
}
// 'can add multiple targets with the same id'
{
  const stack = new cdk.Stack(app, 'SameIdTargets');
  const fn = new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('foo'), handler: 'bar', runtime: lambda.Runtime.PYTHON_3_9,
  });
  const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.expression('foom'), enabled: false });
  rule.addTarget(new targets.LambdaFunction(fn));
  rule.addTarget(new targets.LambdaFunction(fn));
}
// 'associate rule with event bus'
{
  const stack = new cdk.Stack(app, 'EventBusRule');
  const eventBus = new events.EventBus(stack, 'EventBus');
  new events.Rule(stack, 'MyRule', { eventPattern: { detail: ['detail'] }, eventBus });
}

app.synth();
