// Conformance case 'user-scheduled-fleet': an app as a CDK user writes it, not shaped to a
// feature: a platform team's fleet of scheduled jobs in one regional stack. Each job is a function
// with its own log group (retentions and removal policies per job), Lambda Insights and/or an ADOT
// layer, run by a cron or rate rule (an input object with the event time, retries, event age, a
// shared dead-letter queue); failed asynchronous runs go to the platform's alert topic, imported
// from another stack's export. Timeouts in the logs become a metric with an alarm.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const logs = require('aws-cdk-lib/aws-logs');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'JobFleet', {
  env: { account: '210987654321', region: 'ap-southeast-2' },
  tags: { team: 'platform' },
});
cdk.Tags.of(stack).add('cost-center', 'ops-42', { excludeResourceTypes: ['AWS::Logs::LogGroup'] });

const alerts = sns.Topic.fromTopicArn(stack, 'PlatformAlerts', cdk.Fn.importValue('platform-alerts-topic-arn'));
const targetDlq = new sqs.Queue(stack, 'ScheduleDlq', { retentionPeriod: cdk.Duration.days(7) });

const jobs = [
  {
    id: 'ReportBuilder',
    runtime: lambda.Runtime.PYTHON_3_12,
    architecture: lambda.Architecture.X86_64,
    schedule: events.Schedule.cron({ minute: '30', hour: '2' }),
    retention: logs.RetentionDays.ONE_MONTH,
    removal: cdk.RemovalPolicy.RETAIN,
    insights: lambda.LambdaInsightsVersion.VERSION_1_0_333_0,
    adot: {
      layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST),
      execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
    },
    memory: 2048,
  },
  {
    id: 'CacheWarmer',
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    schedule: events.Schedule.rate(cdk.Duration.minutes(15)),
    retention: logs.RetentionDays.ONE_DAY,
    removal: cdk.RemovalPolicy.DESTROY,
    insights: lambda.LambdaInsightsVersion.VERSION_1_0_229_0,
    adot: {
      layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.LATEST),
      execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
    },
  },
  {
    id: 'Archiver',
    runtime: lambda.Runtime.PYTHON_3_12,
    architecture: lambda.Architecture.ARM_64,
    schedule: events.Schedule.cron({ minute: '0', hour: '4', weekDay: 'SUN' }),
    retention: logs.RetentionDays.INFINITE,
    removal: cdk.RemovalPolicy.RETAIN,
    disabled: true,
    memory: 256,
  },
];

const timeouts = [];
for (const job of jobs) {
  const logGroup = new logs.LogGroup(stack, `${job.id}Logs`, {
    retention: job.retention,
    removalPolicy: job.removal,
  });
  const inline = job.runtime.family === lambda.RuntimeFamily.PYTHON
    ? 'def handler(event, context):\n    print(event)\n'
    : 'exports.handler = async (e) => console.log(e);';
  const fn = new lambda.Function(stack, job.id, {
    runtime: job.runtime,
    architecture: job.architecture,
    handler: 'index.handler',
    code: lambda.Code.fromInline(inline),
    memorySize: job.memory,
    timeout: cdk.Duration.minutes(5),
    logGroup,
    insightsVersion: job.insights,
    adotInstrumentation: job.adot,
    tracing: job.adot ? lambda.Tracing.ACTIVE : undefined,
    environment: { JOB_NAME: job.id },
  });
  fn.configureAsyncInvoke({
    onFailure: new destinations.SnsDestination(alerts),
    retryAttempts: 1,
    maxEventAge: cdk.Duration.hours(1),
  });
  new events.Rule(stack, `${job.id}Schedule`, {
    schedule: job.schedule,
    enabled: !job.disabled,
    description: `runs ${job.id}`,
    targets: [new targets.LambdaFunction(fn, {
      event: events.RuleTargetInput.fromObject({ job: job.id, scheduledAt: events.EventField.time }),
      retryAttempts: 2,
      maxEventAge: cdk.Duration.hours(2),
      deadLetterQueue: targetDlq,
    })],
  });
  const filter = logGroup.addMetricFilter('Timeouts', {
    filterPattern: logs.FilterPattern.anyTerm('Task timed out', 'Runtime.ExitError'),
    metricNamespace: 'JobFleet',
    metricName: `${job.id}Timeouts`,
    metricValue: '1',
    defaultValue: 0,
  });
  timeouts.push(filter.metric({ statistic: 'Sum', period: cdk.Duration.hours(1) }));
}

new cloudwatch.Alarm(stack, 'FleetTimeouts', {
  metric: new cloudwatch.MathExpression({
    expression: 'SUM(METRICS())',
    usingMetrics: { r: timeouts[0], c: timeouts[1], a: timeouts[2] },
    period: cdk.Duration.hours(1),
  }),
  threshold: 1,
  evaluationPeriods: 1,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
new cloudwatch.Alarm(stack, 'DlqNotEmpty', {
  metric: targetDlq.metricApproximateNumberOfMessagesVisible(),
  threshold: 0,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
  evaluationPeriods: 1,
});
app.synth();
