// Conformance case 'user-pricing-release-consumers': an app as a CDK user writes it, not shaped to
// a feature: a Core stack releases a SnapStart Java pricing engine (an asset folder) as a `live`
// alias shifting 10% to the previous release (a retained lambda.Version), its provisioned
// concurrency scaled on utilization and on a London-time schedule; a Consumers stack of the same
// environment uses the alias across stacks: a quoter function that invokes it, a batch role
// granted invoke, an hourly rule targeting it, alarms and a dashboard on its metrics.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const env = { account: '555566667777', region: 'eu-west-2' };
const core = new cdk.Stack(app, 'PricingCore', { env });

const engine = new lambda.Function(core, 'Engine', {
  runtime: lambda.Runtime.JAVA_21,
  architecture: lambda.Architecture.ARM_64,
  handler: 'com.example.pricing.Handler::handleRequest',
  code: lambda.Code.fromAsset(path.join(__dirname, 'pricing-jar')),
  memorySize: 2048,
  timeout: cdk.Duration.seconds(30),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  environment: { JAVA_TOOL_OPTIONS: '-XX:+TieredCompilation -XX:TieredStopAtLevel=1' },
  currentVersionOptions: { description: 'release 43', removalPolicy: cdk.RemovalPolicy.RETAIN },
});
const previous = new lambda.Version(core, 'Release42', {
  lambda: engine,
  description: 'release 42',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
const live = new lambda.Alias(core, 'Live', {
  aliasName: 'live',
  version: engine.currentVersion,
  additionalVersions: [{ version: previous, weight: 0.1 }],
});
const scaling = live.addAutoScaling({ minCapacity: 1, maxCapacity: 25 });
scaling.scaleOnUtilization({ utilizationTarget: 0.6, scaleInCooldown: cdk.Duration.minutes(10) });
scaling.scaleOnSchedule('MarketOpen', {
  schedule: appscaling.Schedule.cron({ minute: '45', hour: '7', weekDay: 'MON-FRI' }),
  minCapacity: 8,
  timeZone: cdk.TimeZone.EUROPE_LONDON,
});
scaling.scaleOnSchedule('MarketClose', {
  schedule: appscaling.Schedule.cron({ minute: '0', hour: '17', weekDay: 'MON-FRI' }),
  minCapacity: 1,
  timeZone: cdk.TimeZone.EUROPE_LONDON,
});

const consumers = new cdk.Stack(app, 'PricingConsumers', { env });
const quoter = new lambda.Function(consumers, 'Quoter', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"quote": None}\n'),
  environment: { PRICING_FUNCTION: live.functionArn },
});
live.grantInvoke(quoter);
const batch = new iam.Role(consumers, 'BatchCaller', {
  assumedBy: new iam.ServicePrincipal('batch.amazonaws.com'),
  description: 'nightly repricing jobs',
});
live.grantInvoke(batch);
new events.Rule(consumers, 'HourlyReprice', {
  schedule: events.Schedule.rate(cdk.Duration.hours(1)),
  targets: [new targets.LambdaFunction(live, {
    event: events.RuleTargetInput.fromObject({ mode: 'reprice-all' }),
    retryAttempts: 1,
  })],
});
const errors = live.metricErrors({ period: cdk.Duration.minutes(1) });
const invocations = live.metricInvocations({ period: cdk.Duration.minutes(1) });
new cloudwatch.Alarm(consumers, 'LiveErrorRate', {
  metric: new cloudwatch.MathExpression({
    expression: '100 * errors / MAX([invocations, 1])',
    usingMetrics: { errors, invocations },
    label: 'error rate (%)',
    period: cdk.Duration.minutes(1),
  }),
  threshold: 2,
  evaluationPeriods: 5,
  datapointsToAlarm: 3,
});
new cloudwatch.Dashboard(consumers, 'Pricing', {
  widgets: [[
    new cloudwatch.GraphWidget({ title: 'live alias', left: [invocations], right: [errors] }),
    new cloudwatch.GraphWidget({
      title: 'latency',
      left: [live.metricDuration({ statistic: 'p90' }), quoter.metricDuration({ statistic: 'p90' })],
    }),
  ]],
});
new cdk.CfnOutput(consumers, 'LiveAliasArn', { value: live.functionArn });
app.synth();
